// The ideas forum: sixty improvement ideas from Nordfrakt's employees, in their own languages. Some
// are the company's answer to the story (the Gothenburg crisis, the app crash), the rest the everyday
// ideas of a logistics company.
import type { DepartmentName } from './catalog';
import { CRISIS_QUARTER, SMS_SHIPPED_DAY } from './story';
import type { Lang, ThemeKey } from './verbatims/types';

export type IdeaStatus = 'NEW' | 'UNDER_REVIEW' | 'ACCEPTED' | 'IN_PROGRESS' | 'IMPLEMENTED' | 'DECLINED';

export interface IdeaSpec {
  lang: Lang;
  department: DepartmentName;
  category: 'Process' | 'Customer experience' | 'Tooling' | 'Product' | 'Workplace' | 'Sustainability';
  status: IdeaStatus;
  title: string;
  problem: string;
  proposal: string[];
  link?: [label: string, url: string];
  /** feedback on this theme is linked as evidence */
  theme?: ThemeKey;
  /** posted in this quarter (relative to the running one) instead of at a time fitting its status */
  quarter?: number;
  /** with `quarter`: posted on this day of it, and its last status reached on `doneDay` (the story's dates) */
  postedDay?: number;
  doneDay?: number;
  /** the demo employee (employee@chorus.demo) wrote it */
  byDemoEmployee?: boolean;
}

const WIKI = 'https://wiki.nordfrakt.example';

export const IDEAS: readonly IdeaSpec[] = [
  {
    lang: 'en', department: 'Operations', category: 'Customer experience', status: 'IMPLEMENTED', theme: 'delivery_delays', quarter: CRISIS_QUARTER,
    // shipped the day Operations' response times recover (story.ts)
    postedDay: 22, doneDay: SMS_SHIPPED_DAY,
    title: 'Proactive SMS when a terminal falls behind',
    problem: 'During the Gothenburg terminal move our customers heard about the delays from *their* customers, not from us.',
    proposal: ['Send an SMS and an email to affected accounts as soon as a terminal runs more than **4 hours** behind', 'Include a realistic new delivery date', 'Show the same message to Support in Chorus'],
    link: ['Incident review: the Gothenburg terminal move', `${WIKI}/ops/gothenburg-terminal-review`],
  },
  {
    lang: 'en', department: 'Support', category: 'Process', status: 'IMPLEMENTED', theme: 'support_quality', quarter: -5,
    title: 'Call back every detractor within 24 hours',
    problem: 'Detractors who never hear from us are the ones who leave.',
    proposal: ['Create an action item for every NPS answer from 0 to 6', 'The account owner calls within one working day', 'Log the call as a follow-up so we can measure the *recovery rate*'],
  },
  {
    lang: 'en', department: 'Product', category: 'Product', status: 'IMPLEMENTED', theme: 'mobile_app', quarter: -2,
    title: 'Staged rollout for Customer App releases',
    problem: 'Version 5.0 crashed for everyone at once. A 5 % rollout would have caught it within hours.',
    proposal: ['Release to 5 % of users first, then 25 %, then everyone', 'Stop the rollout automatically if the crash rate doubles', 'Add crash-free sessions to the release checklist'],
    link: ['Post-mortem: Customer App 5.0', `${WIKI}/product/app-5-0-postmortem`],
  },
  {
    lang: 'en', department: 'IT', category: 'Tooling', status: 'IN_PROGRESS', theme: 'performance',
    title: 'Status page for Route Planner and Analytics',
    problem: 'Customers call Support to ask whether the system is down, and Support has to ask IT.',
    proposal: ['A public status page with uptime per product', 'An automatic incident banner in the apps', 'Let customers subscribe by email or SMS'],
  },
  {
    lang: 'en', department: 'Sales', category: 'Process', status: 'ACCEPTED', theme: 'billing',
    title: 'Billing health check in every quarterly business review',
    problem: 'Invoice disputes come up late and sour renewals.',
    proposal: ['Review open credit notes and disputed lines before each QBR', 'Show the billing CSAT next to the relationship NPS'],
  },
  {
    lang: 'en', department: 'Marketing', category: 'Customer experience', status: 'UNDER_REVIEW',
    title: 'Customer stories from our promoters',
    problem: 'We get hundreds of 9s and 10s every quarter and have no case studies.',
    proposal: ['Ask promoters whether they would do a short case study', 'Start with one story per product', 'Share them in the newsletter and on LinkedIn'],
  },
  {
    lang: 'en', department: 'Product', category: 'Product', status: 'NEW', theme: 'reporting',
    title: 'On-time rate per site in Analytics',
    problem: 'Enterprise customers ask for it in almost every account review.',
    proposal: ['A site filter on the main dashboard', 'Monthly on-time rate per site in the export'],
  },
  {
    lang: 'en', department: 'Operations', category: 'Process', status: 'DECLINED', theme: 'delivery_delays',
    title: 'An extra Saturday shift at every terminal',
    problem: 'Monday mornings start with a backlog from the weekend.',
    proposal: ['Staff every terminal on Saturdays from 08 to 14', 'Clear the backlog before Monday'],
  },
  {
    lang: 'en', department: 'IT', category: 'Tooling', status: 'IMPLEMENTED', theme: 'integrations',
    title: 'Alerts on failing ERP integrations',
    problem: 'We learn that a customer’s Visma sync has stopped when the customer calls us.',
    proposal: ['Alert the account’s support owner after three failed syncs in a row', 'Show the last successful sync in the admin view'],
  },
  {
    lang: 'en', department: 'Support', category: 'Customer experience', status: 'IN_PROGRESS', theme: 'documentation',
    title: 'Help articles in Norwegian and Swedish',
    problem: 'Half of our help centre only exists in English, and customers tell us so.',
    proposal: ['Translate the 40 most-read articles first', 'Let agents flag a missing translation straight from a ticket'],
  },
  {
    lang: 'en', department: 'Management', category: 'Workplace', status: 'ACCEPTED',
    title: 'Customer verbatims at every all-hands',
    problem: 'Most of us never read what customers actually write.',
    proposal: ['Five minutes of verbatims at every all-hands', 'Rotate which department picks them', 'Always include one that hurts'],
  },
  {
    lang: 'en', department: 'Product', category: 'Product', status: 'UNDER_REVIEW', theme: 'usability',
    title: 'Simplify the booking form',
    problem: 'Customers keep choosing the wrong service in the booking form, and Support fixes it by hand.',
    proposal: ['Ask three questions and *suggest* the service', 'Hide rarely used options behind “More”', 'Test it with five SMB customers before launch'],
  },
  {
    lang: 'en', department: 'Sales', category: 'Process', status: 'NEW', theme: 'pricing',
    title: 'A starter plan for small fleets',
    problem: 'Small fleets say Route Planner is too expensive per user and leave after the trial.',
    proposal: ['A fixed monthly price for up to three vehicles', 'Upgrade path to the normal plan without migration'],
  },
  {
    lang: 'en', department: 'IT', category: 'Tooling', status: 'DECLINED',
    title: 'Single sign-on for everything this year',
    problem: 'We have eleven logins for internal tools.',
    proposal: ['Move every internal tool to one identity provider before year end'],
  },
  {
    lang: 'en', department: 'Operations', category: 'Sustainability', status: 'IN_PROGRESS',
    title: 'Merge half-empty afternoon routes',
    problem: 'Afternoon routes in Viken run at about 40 % of capacity.',
    proposal: ['Merge routes with overlapping areas after 14:00', 'Measure fuel use and on-time rate before and after'],
  },
  {
    lang: 'en', department: 'Marketing', category: 'Customer experience', status: 'NEW', theme: 'tracking',
    title: 'Branded tracking page for enterprise customers',
    problem: 'Enterprise customers want their own logo on the tracking page their customers see.',
    proposal: ['Logo and colours per account', 'Optional link back to the customer’s own shop'],
  },
  {
    lang: 'en', department: 'Support', category: 'Process', status: 'UNDER_REVIEW', theme: 'support_quality',
    title: 'One owner per ticket from start to finish',
    problem: 'Customers are passed between agents and have to repeat themselves.',
    proposal: ['The first agent who answers owns the ticket until it is solved', 'Hand-overs only with a written summary'],
  },
  {
    lang: 'en', department: 'Product', category: 'Product', status: 'ACCEPTED', theme: 'mobile_app',
    title: 'One-tap crash reports in the Customer App',
    problem: 'When the app crashes we rarely get enough detail to reproduce it.',
    proposal: ['Offer “Send report” after a crash', 'Attach device, version and the last screen', 'Create the ticket automatically'],
  },
  {
    lang: 'en', department: 'Management', category: 'Process', status: 'IMPLEMENTED',
    title: 'Quarterly CX review in the leadership team',
    problem: 'Customer feedback reaches leadership only when something has gone badly wrong.',
    proposal: ['Review NPS, themes and follow-up times every quarter', 'Each department lead brings one action'],
  },
  {
    lang: 'en', department: 'IT', category: 'Tooling', status: 'NEW', theme: 'performance',
    title: 'Load-test Route Planner before peak season',
    problem: 'Planning slows down every November when volumes peak.',
    proposal: ['Run a load test with last year’s peak volume ×1.5 in October', 'Fix the slowest three endpoints first'],
  },
  {
    lang: 'en', department: 'Operations', category: 'Customer experience', status: 'UNDER_REVIEW', theme: 'damaged_parcels',
    title: 'Photo on delivery',
    problem: 'Damage claims turn into word against word.',
    proposal: ['Drivers take a photo of every pallet on delivery', 'The photo is shown in tracking and attached to claims'],
  },
  {
    lang: 'en', department: 'Sales', category: 'Customer experience', status: 'IMPLEMENTED', theme: 'onboarding',
    title: 'A shared onboarding plan with every new customer',
    problem: 'New customers do not know what happens when during onboarding.',
    proposal: ['A one-page plan with dates and owners on both sides', 'Review it together at the kick-off'],
  },
  {
    lang: 'en', department: 'Support', category: 'Workplace', status: 'NEW',
    title: 'Shadow a driver for a day',
    problem: 'Agents answer questions about deliveries they have never seen.',
    proposal: ['Every new agent rides along with a driver in the first month'],
  },
  {
    lang: 'en', department: 'Product', category: 'Product', status: 'DECLINED',
    title: 'Build a simple ERP for our smallest customers',
    problem: 'Many SMB customers run their business in spreadsheets.',
    proposal: ['A light order and stock module inside the Customer App'],
  },
  {
    lang: 'nb', department: 'Operations', category: 'Customer experience', status: 'IMPLEMENTED', theme: 'delivery_delays', quarter: -4,
    title: 'Fast kontaktperson på hver terminal',
    problem: 'Kundene vet ikke hvem de skal ringe når en sending står fast på en terminal.',
    proposal: ['Én navngitt kontaktperson per terminal', 'Telefonnummer og e-post i sporingsvarselet', 'Ukentlig oversikt over forsinkelser til Kundeservice'],
  },
  {
    lang: 'nb', department: 'Support', category: 'Process', status: 'IN_PROGRESS', theme: 'support_quality',
    title: 'Tilbakeringing i stedet for telefonkø',
    problem: 'Kundene venter opptil 30 minutter i telefonkø om morgenen.',
    proposal: ['Tilby å bli ringt opp når køen er lengre enn **5 minutter**', 'Vis forventet ventetid', 'Mål hvor mange som legger på'],
  },
  {
    lang: 'nb', department: 'Sales', category: 'Process', status: 'ACCEPTED', theme: 'billing', byDemoEmployee: true,
    title: 'Samlet månedsfaktura som standard for nye kunder',
    problem: 'Nye kunder får én faktura per sending og blir fort lei.',
    proposal: ['Slå på samlet månedsfaktura fra første dag', 'Kunden kan velge per sending hvis de vil'],
  },
  {
    lang: 'nb', department: 'IT', category: 'Tooling', status: 'UNDER_REVIEW',
    title: 'Felles innlogging til alle interne verktøy',
    problem: 'Vi bruker for mye tid på passord og tilganger.',
    proposal: ['Start med de fem mest brukte verktøyene', 'Automatisk tilgang ut fra avdeling'],
  },
  {
    lang: 'nb', department: 'Marketing', category: 'Customer experience', status: 'NEW',
    title: 'Nyhetsbrev med «dere sa, vi gjorde»',
    problem: 'Kundene ser sjelden at tilbakemeldingene deres fører til noe.',
    proposal: ['Tre eksempler per kvartal på ting vi har endret etter tilbakemeldinger', 'Lenke til funksjonsønskene som er levert'],
  },
  {
    lang: 'nb', department: 'Product', category: 'Product', status: 'IMPLEMENTED', theme: 'tracking',
    title: 'Forventet leveringstid i appen',
    problem: 'Mottakerne ringer for å spørre når pakken kommer.',
    proposal: ['Vis et tidsvindu på to timer i sporingen', 'Oppdater det når sjåføren er på vei'],
    link: ['Skisser i Figma', `${WIKI}/product/eta-design`],
  },
  {
    lang: 'nb', department: 'Operations', category: 'Sustainability', status: 'ACCEPTED',
    title: 'Elektriske varebiler i Oslo sentrum',
    problem: 'Nullutslippssonen i Oslo sentrum kommer, og kundene spør etter fossilfri levering.',
    proposal: ['Bytt ut de ti bilene som kjører i sentrum først', 'Lading på terminalen om natten'],
  },
  {
    lang: 'nb', department: 'Management', category: 'Workplace', status: 'NEW',
    title: 'Kundedag for alle ansatte hvert kvartal',
    problem: 'Mange av oss møter aldri en kunde.',
    proposal: ['Én dag per kvartal der alle besøker eller ringer en kunde', 'Del det vi lærte på allmøtet'],
  },
  {
    lang: 'nb', department: 'Support', category: 'Customer experience', status: 'DECLINED',
    title: 'Chatbot på forsiden',
    problem: 'Mange spørsmål er de samme hver dag.',
    proposal: ['En chatbot som svarer på de ti vanligste spørsmålene'],
  },
  {
    lang: 'nb', department: 'Product', category: 'Product', status: 'UNDER_REVIEW', theme: 'reporting',
    title: 'Månedsrapport på e-post til alle bedriftskunder',
    problem: 'Kundene logger sjelden inn i Analytics og går glipp av nøkkeltallene.',
    proposal: ['Automatisk e-post med leveringspresisjon, volum og avvik', 'Kan skrus av per mottaker'],
  },
  {
    lang: 'nb', department: 'IT', category: 'Tooling', status: 'IMPLEMENTED', theme: 'integrations',
    title: 'Testmiljø for kundenes integrasjoner',
    problem: 'Kundene tester integrasjonen sin mot produksjon fordi vi ikke har noe annet.',
    proposal: ['Et eget testmiljø med testdata', 'API-nøkler til test på kundesiden'],
  },
  {
    lang: 'nb', department: 'Sales', category: 'Customer experience', status: 'IN_PROGRESS', theme: 'onboarding',
    title: 'Oppstartsmøte med alle nye bedriftskunder',
    problem: 'Nye kunder kommer skjevt ut og ringer Kundeservice med det samme.',
    proposal: ['Et oppstartsmøte innen en uke etter signering', 'Fast sjekkliste for møtet'],
  },
  {
    lang: 'nb', department: 'Operations', category: 'Process', status: 'NEW', theme: 'damaged_parcels',
    title: 'Bedre emballasje for glass og flasker',
    problem: 'De fleste skadesakene gjelder glass og flasker.',
    proposal: ['Tilby kundene egne esker for skjøre varer', 'Merk pallene tydelig på terminalen'],
  },
  {
    lang: 'nb', department: 'Marketing', category: 'Customer experience', status: 'IMPLEMENTED',
    title: 'Svar på alle anmeldelser på Trustpilot innen to dager',
    problem: 'Dårlige anmeldelser blir stående ubesvart i ukevis.',
    proposal: ['Marked svarer på alle anmeldelser innen to virkedager', 'Klager sendes videre til riktig avdeling i Chorus'],
  },
  {
    lang: 'nb', department: 'Product', category: 'Product', status: 'ACCEPTED', theme: 'usability',
    title: 'Hurtigtaster i Route Planner',
    problem: 'Planleggerne bruker musa til alt og sier det går tregt.',
    proposal: ['Hurtigtaster for de ti vanligste handlingene', 'En oversikt som vises med *?*'],
  },
  {
    lang: 'nb', department: 'Support', category: 'Process', status: 'UNDER_REVIEW',
    title: 'Felles svarmaler på norsk og svensk',
    problem: 'Hver agent har sine egne maler, og kvaliteten varierer.',
    proposal: ['Felles maler i helpdesken', 'Gjennomgang av malene hvert halvår'],
  },
  {
    lang: 'nb', department: 'IT', category: 'Tooling', status: 'DECLINED',
    title: 'Bytte ut hele telefonisystemet i år',
    problem: 'Telefonisystemet er gammelt og tungt å bruke.',
    proposal: ['Nytt skybasert telefonisystem for Kundeservice og Salg'],
  },
  {
    lang: 'nb', department: 'Operations', category: 'Customer experience', status: 'IN_PROGRESS', theme: 'staff_friendliness',
    title: 'Kundeservicekurs for sjåfører',
    problem: 'Sjåførene er ansiktet vårt utad, men har aldri fått opplæring i kundemøter.',
    proposal: ['Et halvdagskurs for alle sjåfører', 'Del ros fra kundene med sjåførene hver måned'],
  },
  {
    lang: 'nb', department: 'Management', category: 'Process', status: 'UNDER_REVIEW',
    title: 'NPS-mål i alle avdelingers mål',
    problem: 'Bare Kundeservice måles på kundetilfredshet i dag.',
    proposal: ['Hver avdeling får et mål for NPS eller svartid', 'Følges opp i kvartalsgjennomgangen'],
  },
  {
    lang: 'nb', department: 'Sales', category: 'Process', status: 'NEW', theme: 'pricing', byDemoEmployee: true,
    title: 'Tydeligere prisliste for tilleggstjenester',
    problem: 'Kundene blir overrasket over tillegg på fakturaen.',
    proposal: ['Én side med alle tilleggstjenester og priser', 'Vis tilleggene allerede ved bestilling'],
  },
  {
    lang: 'nb', department: 'Product', category: 'Product', status: 'IN_PROGRESS', theme: 'mobile_app',
    title: 'Bedre feilmeldinger i appen',
    problem: '«Ukjent feil» sier ingenting til kunden, og ingenting til oss.',
    proposal: ['Forklar hva som gikk galt og hva kunden kan gjøre', 'Feilkode som Kundeservice kan slå opp'],
  },
  {
    lang: 'sv', department: 'Operations', category: 'Process', status: 'IMPLEMENTED', theme: 'delivery_delays', quarter: -5,
    title: 'Daglig avstämning mellan terminalerna i Göteborg och Oslo',
    problem: 'Under flytten av Göteborgsterminalen visste Oslo inte vilka sändningar som låg kvar.',
    proposal: ['Ett kort avstämningsmöte varje morgon klockan 07.30', 'En gemensam lista över sändningar som ligger kvar mer än ett dygn'],
    link: ['Rutinbeskrivning', `${WIKI}/ops/terminal-sync`],
  },
  {
    lang: 'sv', department: 'Support', category: 'Customer experience', status: 'ACCEPTED', theme: 'support_quality',
    title: 'Kundtjänst öppnar klockan sju',
    problem: 'Chaufförernas kunder ringer redan innan vi har öppnat.',
    proposal: ['Bemanna telefonen från 07.00 med två personer', 'Utvärdera efter tre månader'],
  },
  {
    lang: 'sv', department: 'Product', category: 'Product', status: 'NEW', theme: 'integrations',
    title: 'Färdig koppling till Fortnox',
    problem: 'Många svenska småföretag använder Fortnox och får bygga integrationen själva.',
    proposal: ['En färdig koppling för order och fakturor', 'Installation med ett klick från Fortnox marknadsplats'],
  },
  {
    lang: 'sv', department: 'IT', category: 'Tooling', status: 'IN_PROGRESS', theme: 'performance',
    title: 'Övervakning av svarstider i alla system',
    problem: 'Vi märker att något är långsamt först när kunderna klagar.',
    proposal: ['Mät svarstider för alla kundvända system', 'Larm till jourhavande vid avvikelser'],
  },
  {
    lang: 'sv', department: 'Marketing', category: 'Customer experience', status: 'UNDER_REVIEW',
    title: 'Kundpanel med tio företagskunder',
    problem: 'Vi testar nya tjänster först när de redan är lanserade.',
    proposal: ['En panel med tio kunder som träffas varje kvartal', 'De får testa nyheter före alla andra'],
  },
  {
    lang: 'sv', department: 'Sales', category: 'Process', status: 'IMPLEMENTED',
    title: 'Gemensam kundplan för storkunder',
    problem: 'Sälj, kundtjänst och drift vet olika saker om samma kund.',
    proposal: ['En gemensam plan per storkund', 'Uppdateras efter varje kvartalsmöte'],
  },
  {
    lang: 'sv', department: 'Operations', category: 'Sustainability', status: 'NEW',
    title: 'Returemballage som kunden kan skicka tillbaka',
    problem: 'Vi skickar tonvis med kartong som slängs efter en användning.',
    proposal: ['Återanvändbara lådor för våra största kunder', 'Hämtas vid nästa leverans'],
  },
  {
    lang: 'sv', department: 'Management', category: 'Workplace', status: 'DECLINED',
    title: 'Fyradagarsvecka på huvudkontoret',
    problem: 'Vi tappar kollegor till företag med kortare arbetstid.',
    proposal: ['Testa fyradagarsvecka på huvudkontoret i sex månader'],
  },
  {
    lang: 'sv', department: 'Product', category: 'Product', status: 'ACCEPTED', theme: 'tracking',
    title: 'Spårningslänk som fungerar utan inloggning',
    problem: 'Mottagare utan konto kommer inte åt spårningen.',
    proposal: ['Öppen spårningslänk med begränsad information', 'Full information efter inloggning'],
  },
  {
    lang: 'sv', department: 'Support', category: 'Process', status: 'IN_PROGRESS',
    title: 'Eskaleringstrappa för storkunder',
    problem: 'Det är oklart när ett ärende från en storkund ska lyftas till chef.',
    proposal: ['Tydliga steg med tidsgränser', 'Automatisk avisering till teamledaren efter 24 timmar'],
  },
  {
    lang: 'sv', department: 'IT', category: 'Tooling', status: 'NEW',
    title: 'Lösenordshanterare för alla anställda',
    problem: 'Lösenord delas fortfarande i kalkylark.',
    proposal: ['En gemensam lösenordshanterare', 'Kort utbildning för alla avdelningar'],
  },
  {
    lang: 'sv', department: 'Operations', category: 'Customer experience', status: 'UNDER_REVIEW', theme: 'delivery_delays',
    title: 'Extra sorteringskapacitet inför julen',
    problem: 'Varje december blir leveranserna försenade i två veckor.',
    proposal: ['Hyr in en extra sorteringslinje från mitten av november', 'Förstärk med personal från andra terminaler'],
  },
  {
    lang: 'sv', department: 'Sales', category: 'Customer experience', status: 'NEW',
    title: 'Välkomstpaket till nya kunder',
    problem: 'Nya kunder vet inte vad de kan förvänta sig de första veckorna.',
    proposal: ['Ett välkomstmejl med kontaktpersoner och tidsplan', 'En kort film om hur man bokar'],
  },
  {
    lang: 'sv', department: 'Product', category: 'Product', status: 'DECLINED',
    title: 'En egen app för returer',
    problem: 'Returer är krångliga att boka i dag.',
    proposal: ['En separat app bara för returer'],
  },
  {
    lang: 'sv', department: 'Marketing', category: 'Customer experience', status: 'ACCEPTED',
    title: 'Svara på alla inlägg i sociala medier inom en timme',
    problem: 'Klagomål på LinkedIn och Facebook blir liggande över helgen.',
    proposal: ['Bevakning även på helger', 'Klagomål skickas vidare till rätt avdelning i Chorus samma dag'],
  },
];

const HEADINGS: Record<Lang, { problem: string; proposal: string; see: string }> = {
  en: { problem: 'Problem', proposal: 'Proposal', see: 'See' },
  nb: { problem: 'Problem', proposal: 'Forslag', see: 'Se' },
  sv: { problem: 'Problem', proposal: 'Förslag', see: 'Se' },
};

/** The markdown body: the problem, the proposal as a list, and a link where there is one. */
export function ideaBody(idea: IdeaSpec): string {
  const h = HEADINGS[idea.lang];
  const parts = [`**${h.problem}:** ${idea.problem}`, `**${h.proposal}:**\n\n${idea.proposal.map((p) => `- ${p}`).join('\n')}`];
  if (idea.link) parts.push(`${h.see} [${idea.link[0]}](${idea.link[1]}).`);
  return parts.join('\n\n');
}
