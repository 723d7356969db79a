// Norsk bokmål: det Nordfrakts kunder og ansatte skriver på norsk. Merk: «Med vennlig hilsen» er
// unngått med vilje, for «vennlig» er et nøkkelord for temaet om sjåførenes oppførsel.
import type { LanguageBank } from './types';

export const nb: LanguageBank = {
  themes: {
    delivery_delays: {
      praise: [
        'Leveransene har vært punktlige hver eneste uke – ingen forsinkelser.',
        'Pallen til {city} kom i tide, selv i ferietrafikken. Veldig punktlig.',
        'Sendingene våre blir nesten aldri forsinket lenger. Stor forbedring fra i fjor.',
        'Stabil leveringstid – vi lover kundene våre levering neste dag, og dere holder det.',
        'Sjåføren kom før lunsj som avtalt. Null forsinkelser denne måneden.',
        'Imponerende punktlig. Vi har sluttet å jage leveransene våre.',
      ],
      complaint: [
        'Ordre {order} ble {days} dager forsinket, og ingen sa fra hvorfor.',
        'Leveransene til {city} blir stadig forsinket. Dette er tredje gang denne måneden.',
        'Sendingen var lovet på {weekday}, men kom {days} dager forsinket.',
        'Konstante forsinkelser. Vi måtte fortelle våre egne kunder at varene satt fast et sted.',
        'Leveransen ble forsinket igjen – vi hadde folk som ventet på lageret hele formiddagen.',
        'To paller er nå {days} dager forsinket, og ingen kan si hvor de er.',
        'Forsinkede leveranser koster oss penger; montørene våre får betalt per time.',
        'Ekspress skal være neste dag. Vår tok {days} dager. Hva er vitsen med å betale for ekspress med slike forsinkelser?',
        'Alle pakker til butikken vår i {city} har vært forsinket i flere uker.',
        'Leveringstiden ble ikke overholdt. Varene dukket opp {days} dager senere uten en eneste melding.',
      ],
      mixed: [
        'Leveransene går stort sett fint, men når noe blir forsinket får vi aldri beskjed på forhånd.',
        'Stort sett i rute, selv om et par sendinger til {city} ble en dag forsinket dette kvartalet.',
        'Punktligheten har gått opp og ned. Gode uker og dårlige uker.',
        'Greit når det fungerer, men én forsinket leveranse i måneden er én for mye for oss.',
      ],
      question: [
        'Hvor er ordre {order}? Den skulle komme på {weekday} og er nå {days} dager forsinket.',
        'Er det kjente forsinkelser på leveranser til {city} nå?',
        'Kan dere fortelle hvorfor sending {order} er forsinket, og når vi kan vente den?',
      ],
    },
    damaged_parcels: {
      praise: [
        'Ikke en eneste skadet pakke i år, selv med det skjøre glasset vårt.',
        'Alt kommer godt pakket – ingen skadede varer siden vi byttet til dere.',
        'Ingenting har forsvunnet eller blitt knust på flere måneder. Forsiktig håndtering hele veien.',
        'Reklamasjonsavdelingen erstattet en skadet pall på to dager. Imponerende.',
      ],
      complaint: [
        'Ordre {order} kom med to knuste esker, og resten av pallen var klemt flat.',
        'En pakke verdt {amount} har forsvunnet et sted mellom terminalen og butikken vår.',
        'Tredje skadede leveranse denne måneden. Emballasjen var revet opp og varene ripet.',
        'Sjåføren satte pakken ute i regnet, og innholdet ble skadet.',
        'Vi venter fortsatt på erstatning for sendingen dere mistet i {month}.',
        'Halvparten av flaskene var knust da pallen kom. Den hadde tydeligvis blitt mistet i bakken.',
      ],
      mixed: [
        'Håndteringen er grei, men vi får en skadet eske innimellom.',
        'De fleste sendinger går fint, men én pakke ble mistet forrige måned, og saken tok evigheter.',
        'Reklamasjonen på de skadde varene ble løst, men det krevde altfor mange e-poster.',
      ],
      question: [
        'Hvordan melder vi en skade på en sending? Ordrenummer {order}.',
        'Pakke {order} ser ut til å ha forsvunnet. Hvordan får vi erstatning?',
      ],
    },
    tracking: {
      praise: [
        'Sporingslenken er helt presis – kundene våre ser nøyaktig hvor pakken er.',
        'Elsker SMS-varslene. Kundene får beskjed og er hjemme når sjåføren kommer.',
        'Sporingen i {product} oppdateres i sanntid. Det sparer oss for mange telefoner.',
        'Varslene er tydelige og kommer til riktig tid.',
      ],
      complaint: [
        'Sporingen sa «levert», men ingenting hadde kommet.',
        'Ikke noe varsel før levering, så ingen var der for å ta imot varene.',
        'Sporingen har ikke blitt oppdatert på {days} dager. Vi aner ikke hvor sendingen er.',
        'Kundene våre får tre like varsler for én pakke. Det ser uprofesjonelt ut.',
        'Sporingsnummeret på etiketten fungerer ikke på nettsiden deres.',
      ],
      mixed: [
        'Sporingen fungerer stort sett, men forventet ankomsttid bommer ofte med flere timer.',
        'Varslene er nyttige, men de kommer bare på engelsk til våre svenske kunder.',
        'God sporing på pakker, men paller dukker først opp når de er levert.',
      ],
      question: [
        'Kan sporingsvarsler sendes til kundene våre i stedet for til oss?',
        'Hvorfor viser sporingen for {order} fortsatt «etikett opprettet»?',
      ],
      bug: [
        'Sporingssiden viser et tomt kart for alle sendinger siden {weekday}.',
        'Sporingslenkene i e-postvarslene gir en 404-side.',
        'Varslene sendes med feil leveringsdato – én dag før den riktige.',
      ],
    },
    billing: {
      praise: [
        'Fakturaene er oversiktlige og lette å stemme av mot ordrene. Regnskapsføreren vår er fornøyd.',
        'Faktureringen er endelig enkel: én faktura, riktige referanser, ingen overraskelser.',
        'Kreditnotaen kom samme dag som vi meldte feilen. Topp service.',
        'Fakturering gjennom {product} sparer økonomiavdelingen for mange timer hver måned.',
      ],
      complaint: [
        'Vi ble belastet to ganger for ordre {order}.',
        'Faktura {invoice} har tillegg vi aldri har avtalt.',
        'Fakturaen viser ikke hvilken sending hver linje hører til, så vi får ikke fordelt noe.',
        'Vi har bedt om kreditnota for feil drivstofftillegg tre ganger. Fortsatt ingenting.',
        'Fakturaene kommer fortsatt med den gamle adressen vår, uansett hvor mange ganger vi sier fra.',
        'Vi ble fakturert {amount} for en henting som aldri skjedde.',
      ],
      mixed: [
        'Faktureringen er stort sett grei, men drivstofftillegget på fakturaen er vanskelig å forstå.',
        'Fakturaene er riktige, de kommer bare for sent til månedsavslutningen.',
        'Grei fakturering, men vi skulle gjerne hatt færre og større fakturaer.',
      ],
      question: [
        'Kan dere forklare linje 4 på faktura {invoice}? Vi kjenner ikke igjen beløpet.',
        'Hvordan endrer vi fakturaadressen på kontoen vår?',
        'Hvorfor ble vi fakturert for privatlevering når varene gikk til lageret vårt?',
      ],
      bug: [
        'Faktura-PDF-en i {product} er tom når vi laster den ned.',
        'Mva blir beregnet to ganger på fakturaer laget etter siste oppdatering.',
        'Fakturanumre blir duplisert i eksporten, og det ødelegger importen i regnskapet.',
      ],
    },
    pricing: {
      praise: [
        'Rimelige priser for det servicenivået vi får.',
        'Mye for pengene – prisene deres slår de andre transportørene vi har prøvd.',
        'Den nye prisen på småsendinger passer godt for en bedrift som vår.',
        'Åpen prising og ingen skjulte kostnader.',
      ],
      complaint: [
        'Prisøkningen i år er for bratt for et lite firma som oss.',
        'Altfor dyrt sammenlignet med konkurrentene.',
        'Skjulte gebyrer overalt: drivstoff, bompenger, privatlevering …',
        'Vi betaler {amount} i måneden for {product} og bruker knapt halvparten. Prismodellen gir ingen mening for oss.',
        'Prisen per pall gikk opp {pct} % over natten uten at vi fikk beskjed.',
      ],
      mixed: [
        'Tjenesten er god, men prisen er i det høyeste laget.',
        'Greit produkt, men prisnivåene passer ikke en bedrift på vår størrelse.',
        'Verdt det i travle måneder, dyrt i de rolige.',
      ],
      question: [
        'Tilbyr dere volumrabatt? Prisene våre er de samme som da vi sendte halvparten så mye.',
        'Hva blir prisen for {product} hvis vi legger til fem brukere til?',
      ],
    },
    onboarding: {
      praise: [
        'Oppstarten gikk knirkefritt – vi var i gang med {product} på en uke.',
        'Opplæringen for lagerfolkene våre var utmerket.',
        'Oppsettet gikk raskt, og onboarding-teamet svarte på alle spørsmål.',
        'Flott opplæring. {staff} tok oss gjennom alt steg for steg.',
      ],
      complaint: [
        'Oppstarten tok to måneder lenger enn lovet.',
        'Ingen sa at oppsettet krevde endringer hos oss før uka før vi skulle gå live.',
        'Vi fikk én opplæringsøkt og ble så overlatt til oss selv.',
        'Sjekklisten for oppstart var utdatert, og halvparten av stegene gjaldt ikke oss.',
      ],
      mixed: [
        'Oppstarten var grei, men vi skulle gjerne hatt en ny opplæring etter en måned.',
        'Oppsettet gikk fint for kontoret, mindre fint for sjåførene.',
        'Opplæringsvideoene er gode; de direkte øktene gikk for fort.',
      ],
      question: [
        'Kan vi bestille en ekstra opplæring for nyansatte?',
        'Hvem er kontaktpersonen vår for oppstarten av det nye lageret?',
      ],
    },
    mobile_app: {
      praise: [
        'Appen er rask og enkel. Å bestille henting tar ett minutt.',
        'Elsker det nye designet i appen – alt er der man forventer.',
        'Skanner-appen bare fungerer, selv med hansker på.',
        'Super app! Både de ansatte og kundene våre bruker den daglig.',
      ],
      complaint: [
        'Appen logger meg ut hver eneste dag.',
        'Appen er smertelig treg på eldre Android-telefoner.',
        'Pushvarsler fra appen kommer timer etter at ting har skjedd.',
        'Etter oppdateringen åpner ikke appen seg på iPhonen min.',
        'Mobilappen mangler halvparten av funksjonene i nettversjonen.',
      ],
      mixed: [
        'Appen gjør jobben, men menyene kunne vært mye enklere.',
        'Fin app totalt sett, men den bruker mye batteri.',
        'God app, men den mangler fortsatt en måte å se eldre sendinger på.',
      ],
      question: [
        'Finnes appen for Android-nettbrett?',
        'Hvordan legger jeg til en bruker nummer to i appen på samme konto?',
      ],
      bug: [
        'Appen krasjer når jeg åpner bestillingsskjermen i versjon {version}.',
        'Strekkodeskanningen i appen slutter å svare etter noen minutter.',
        'Appen viser gårsdagens sendinger som dagens etter oppdateringen.',
        'Innlogging i appen feiler med «ukjent feil» på Android.',
      ],
    },
    performance: {
      praise: [
        '{product} har vært bunnsolid – ingen nedetid som vi har merket i år.',
        'Ytelsen er mye bedre; sidene laster med en gang nå.',
        'God ytelse selv mandag morgen når alle planlegger ruter.',
      ],
      complaint: [
        '{product} hadde {hours} timer nedetid på {weekday}, midt i lastevinduet vårt.',
        'Alt er så tregt om morgenen at planleggerne gir opp og bruker papir.',
        'Systemet henger hver gang vi planlegger mer enn 200 stopp.',
        'Tredje gang med nedetid denne måneden. Vi trenger et system vi kan stole på.',
        'Startsiden bruker et minutt på å laste. Den ytelsen er rett og slett ikke akseptabel.',
      ],
      mixed: [
        'Fungerer fint de fleste dager, men ytelsen faller hver mandag morgen.',
        'Stabilt totalt sett, bortsett fra et par korte perioder med nedetid.',
        'Raskt nok for små ruter, tregt for store.',
      ],
      question: [
        'Er det nedetid nå? {product} laster ikke for noen av oss.',
        'Har dere en statusside der vi kan sjekke nedetid selv?',
      ],
      bug: [
        'Lagring av rute feiler med tidsavbrudd (feil 504) hver gang – systemet bare henger.',
        'Siden henger når vi filtrerer på mer enn ett depot.',
        '{product} blir tregere og tregere til vi laster nettleseren på nytt – ser ut som en minnelekkasje.',
      ],
    },
    integrations: {
      praise: [
        '{erp}-integrasjonen sparer oss for en hel dag med manuelt arbeid hver uke.',
        'API-et er godt laget, og webhookene er pålitelige.',
        'Integrasjonen med nettbutikken vår tok under en dag.',
      ],
      complaint: [
        'Integrasjonen mot {erp} slutter å synkronisere med noen dagers mellomrom, og vi må starte den på nytt manuelt.',
        'Ordre med æ, ø og å i adressen kommer ikke gjennom integrasjonen.',
        'Begrensningene i API-et er altfor lave for en bedrift på vår størrelse.',
        'Webhooks blir levert to ganger eller ikke i det hele tatt.',
      ],
      mixed: [
        'Integrasjonen fungerer, men vi trengte en konsulent for å sette den opp.',
        'API-et er greit, feilmeldingene er det ikke.',
        'God integrasjon med {erp}, men den synkroniserer bare én gang i timen.',
      ],
      question: [
        'Har dere integrasjon mot {erp}?',
        'Hvor finner vi API-nøklene til testmiljøet vårt?',
      ],
      bug: [
        'API-et svarer med feil 500 når adressen har mer enn to linjer.',
        'Integrasjonen mot {erp} lager doble kunder etter siste versjon.',
        'Signaturene på webhookene feiler validering siden {weekday}.',
      ],
    },
    reporting: {
      praise: [
        'De nye dashbordene gir oss god oversikt over sendingene våre.',
        'Rapportene hver måned er akkurat det ledelsen vår ber om.',
        'Det går raskt og enkelt å eksportere rapporter til Excel.',
      ],
      complaint: [
        'Rapportene stemmer ikke med tallene på fakturaene våre.',
        'Vi kan ikke filtrere dashbordet på lokasjon, og da er det ubrukelig for oss.',
        'Eksporten til Excel stopper etter 10 000 rader.',
        'Statistikken ligger alltid én dag etter.',
      ],
      mixed: [
        'Rapporteringen er grei, men vi savner en visning per lokasjon.',
        'Fint dashbord, litt for mange klikk for å komme til eksporten.',
        'Rapportene er gode; grafene er vanskelige å lese på en bærbar.',
      ],
      question: [
        'Kan vi få en rapport sendt på e-post hver mandag?',
        'Hvordan regnes andelen levert i tide ut i dashbordet?',
      ],
      bug: [
        'Rapporten for forrige uke viser null leveranser, og det er feil.',
        'Eksport til CSV gir rare tegn for æ, ø og å.',
        'Totalene i dashbordet endrer seg hver gang jeg laster siden på nytt.',
      ],
    },
    usability: {
      praise: [
        'Veldig intuitivt – nyansatte finner ut av det på egen hånd.',
        '{product} har et rent og intuitivt grensesnitt.',
        'Alt er lett å finne. Veldig brukervennlig.',
        'Det nye grensesnittet er et stort steg fremover.',
      ],
      complaint: [
        'Bestillingsskjemaet er forvirrende – vi velger stadig feil tjeneste.',
        'Altfor mange klikk for å gjøre noe enkelt. Tungvint.',
        'Det nye grensesnittet gjemmer funksjonene vi bruker hver dag.',
        'Det er ikke intuitivt i det hele tatt; kollegene mine unngår {product}.',
      ],
      mixed: [
        'Brukervennlig når man kan det, men forvirrende for nybegynnere.',
        'Grensesnittet er OK, noen skjermbilder er litt rotete.',
        'Stort sett intuitivt, bortsett fra innstillingssiden.',
      ],
      question: [
        'Kan grensesnittet vise flere rader per side?',
        'Kan vi skjule menyvalg vi aldri bruker? Det er litt forvirrende for sjåførene våre.',
      ],
      bug: [
        'Knappene i grensesnittet overlapper på små skjermer, så vi får ikke trykket «Lagre».',
        'Datovelgeren er forvirrende og hopper noen ganger til feil måned.',
        'Tastaturnavigeringen i grensesnittet hopper til feil felt.',
      ],
    },
    documentation: {
      praise: [
        'Dokumentasjonen er tydelig og har gode eksempler.',
        'Veiledningen steg for steg fikk oss i gang på null tid.',
        'Utmerket API-dokumentasjon – utvikleren vår var imponert.',
      ],
      complaint: [
        'Dokumentasjonen er utdatert og beskriver skjermbilder som ikke finnes lenger.',
        'Det finnes ingen ordentlig brukerveiledning for skanneren, bare en gammel PDF.',
        'Vi fant ingenting i dokumentasjonen om returer.',
        'Veiledningen hopper over de viktigste stegene.',
      ],
      mixed: [
        'Dokumentasjonen er grei, men den trenger flere eksempler.',
        'Veiledningene er gode, men det er vanskelig å søke i dem.',
        'Grei dokumentasjon på engelsk, ingenting på norsk.',
      ],
      question: [
        'Finnes det en veiledning for oppsett av etikettskrivere?',
        'Hvor er dokumentasjonen for den nye returløsningen?',
      ],
    },
    support_quality: {
      praise: [
        '{staff} i kundeservice løste problemet vårt på én samtale. Fantastisk service!',
        'Rask og hyggelig kundeservice hver gang vi ringer.',
        'Supporten svarte innen ti minutter og løste faktisk saken.',
        'Stor takk til {staff} i kundeservice, som gjorde mye mer enn vi kunne forvente.',
        'Den beste kundestøtten vi har hatt fra noen leverandør.',
        'Kundeservice kjenner kontoen vår og lar oss aldri gjenta oss selv.',
      ],
      complaint: [
        'Det tok kundeservice {days} dager å svare på et enkelt spørsmål.',
        'Vi ble sendt mellom tre forskjellige i supporten, og ingen tok ansvar.',
        'Kundeservice lukket saken vår uten å løse noe.',
        'Ventet {count} minutter i telefonkøen før jeg ga opp. Kundeservice er umulig å nå om morgenen.',
        'Supportchatten sender bare lenker til artikler som ikke svarer på spørsmålet.',
      ],
      mixed: [
        'Kundeservice er hyggelig, men det tar ofte et par dager å få et ordentlig svar.',
        'God kundestøtte når man når riktig person.',
        'Supporten svarer raskt, løsningen kommer tregere.',
      ],
      question: [
        'Hva er åpningstidene til kundeservice i ferien?',
        'Kan vi få en fast kontaktperson i kundeservice for kontoen vår?',
      ],
    },
    staff_friendliness: {
      praise: [
        'Sjåføren vår, {driver}, er alltid hyggelig og hjelper oss å bære pallene inn.',
        'Høflige og hyggelige sjåfører – de ansatte gleder seg til leveransene.',
        '{driver}, sjåføren på ruten vår, er en gullgruve for firmaet deres.',
        'Budet var vennlig og forsiktig med varene.',
      ],
      complaint: [
        'Sjåføren var frekk mot resepsjonisten vår og slapp pakkene i gulvet.',
        'Sjåføren nektet å bære noe forbi døra.',
        'Budet var uhøflig og hadde det travelt.',
        'Sjåføren deres sperret lasterampen vår i en time og var frekk da vi ba ham flytte seg.',
      ],
      mixed: [
        'De fleste sjåførene er hyggelige, én eller to har det for travelt.',
        'Høflig sjåfør, men han kom utenfor åpningstiden vår.',
        'Hyggelige folk på terminalen; sjåførene litt mindre.',
      ],
      question: [
        'Kan vi få samme sjåfør på ruten vår? {driver} kjenner bygget.',
        'Kan dere be sjåføren ringe før han kommer?',
      ],
    },
  },
  story: {
    crisis: [
      'Etter flyttingen til den nye terminalen i Göteborg er leveransene våre {days} dager forsinket, hver uke.',
      'Alt som går via terminalen i Göteborg blir forsinket. Ordre {order} har stått der siden {weekday}.',
      'Vi mister kunder på grunn av forsinkelsene fra Göteborg.',
      'Forsinkelser, forsinkelser, forsinkelser. Uansett hva som skjedde på terminalen i Göteborg – fiks det.',
      'Varene våre blir stående på terminalen i Göteborg i flere dager og kommer forsinket fram. Verste måned vi har hatt med dere.',
      'Tre uker på rad med forsinkede leveranser til {city}. Vi trenger en plan, ikke unnskyldninger.',
    ],
    appRelease: [
      'Appen krasjer hver gang jeg åpner den etter oppdateringen til {version}.',
      'Versjon {version} av appen er ubrukelig – den krasjer med en gang jeg starter den.',
      'Etter den store appoppdateringen får jeg ikke bestilt noe, den bare krasjer.',
      'Rull tilbake appen, er dere snille. Den nye versjonen krasjer på Android-telefonen min.',
      'Den nye versjonen av appen krasjer så fort jeg åpner sporingen.',
    ],
    recovery: [
      'Takk for at dere ringte etter problemene i {month}.',
      'Fint at dere fulgte opp forrige svar.',
      'Noen ringte meg faktisk etter forrige undersøkelse – det gjorde en forskjell.',
      'Mye bedre etter at dere fulgte oss opp.',
    ],
  },
  surveyOpeners: {
    positive: ['Veldig fornøyd totalt sett.', 'God samarbeidspartner.', 'Solid leveranse hele veien.', 'Ingenting å klage på.'],
    neutral: ['Stort sett greit.', 'Noe bra, noe dårlig.', 'Helt OK, ikke noe spesielt.', 'Vanskelig å si.'],
    negative: ['Skuffet.', 'Ikke godt nok.', 'Ærlig talt har dette kvartalet vært dårlig.', 'Vi forventet mer.'],
  },
  positiveClosers: ['Fortsett sånn!', 'Takk!', 'Anbefales på det varmeste.', 'Stiller gjerne som referansekunde.', 'Tusen takk!', 'Godt jobbet.'],
  consequences: [
    'Vi ser nå på andre transportører.',
    'Fortsetter dette, må vi vurdere avtalen på nytt.',
    'Våre egne kunder begynner å klage.',
    'Dette har kostet oss mye tid.',
    'Få orden på dette.',
    'Ikke det vi forventer av en leverandør vi betaler så mye.',
    'Jeg har tatt dette opp før.',
  ],
  greetings: ['Hei,', 'Hei!', 'Hallo,', 'God morgen,', 'Hei dere,'],
  signOffs: ['Takk, {first}', 'Mvh {first}', 'Mvh\n{first}\n{customer}', 'Hilsen {first}', 'Hilsen\n{first}\n{customer}'],
  communityOpeners: { general: ['Hei alle sammen,', 'Hei,'], question: ['Et kjapt spørsmål til forumet:', 'Er det flere som har merket dette?', 'Hei alle sammen,'] },
  questionClosers: ['Takk på forhånd!', 'Alle tips mottas med takk.', 'Er det noen som har løst dette?'],
  socialTags: { positive: ['#fornøydkunde', '👏', '#takk', '🙌'], negative: ['#skuffet', '😡', '#irritert'] },
  interviewFrames: [
    'Telefonintervju med {role} hos {customer}. «{body}»',
    'Samtalenotat ({role}, {customer}): {body}',
    'Kvartalsvis oppfølgingssamtale med {role}. Med egne ord: «{body}»',
  ],
  interviewRoles: ['logistikksjefen', 'økonomisjefen', 'driftssjefen', 'lagersjefen', 'daglig leder', 'innkjøpssjefen'],
  featureFrames: [
    'Det hadde vært fint å kunne {feature}.',
    'Ønsker meg muligheten til å {feature}.',
    'Vi trenger virkelig å kunne {feature}.',
    'Har dere planer om å la oss {feature}?',
    'Forslag: gjør det mulig å {feature}.',
    'Kan dere gjøre det mulig å {feature}?',
  ],
  featureContext: [
    'I dag gjør vi det for hånd i Excel.',
    'Det ville spart oss for timer hver uke.',
    'Flere av avdelingene våre har spurt etter dette.',
    'Konkurrentene tilbyr dette allerede.',
    'Det er det eneste vi savner.',
  ],
  contactLines: {
    email: ['Du når meg på {email}.', 'Svar gjerne til {email}, ikke til fellesadressen.'],
    phone: ['Ring meg på {phone} hvis noe er uklart.', 'Direktenummeret mitt er {phone}.'],
  },
  weekdays: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  actionTitles: [
    'Ring {customer} om {theme}',
    'Følg opp {customer}: {theme}',
    'Kontakt {customer} ({theme})',
    'Undersøk klage på {theme} fra {customer}',
  ],
  followUp: {
    internal: [
      'Sjekket sendingshistorikken for {order}; den sto på terminalen i {days} dager.',
      'Ba IT se på loggene for denne kontoen.',
      'Gikk gjennom kundehistorikken – andre klage dette kvartalet.',
      'Venter på at reklamasjonsavdelingen bekrefter erstatning.',
      'Diskuterte med teamlederen; vi tilbyr å ringe kunden.',
      'Eskalert til Drift med kundens ordreliste.',
    ],
    phone: [
      'Ringte {first}. Beklaget, forklarte hva som gikk galt og tilbød kreditt på neste faktura.',
      'Snakket med {first} på telefon. Kunden var glad for samtalen og vil prøve den nye rutinen.',
      'Nådde {first} på telefon og gikk gjennom løsningen sammen.',
      'Ringte {first}; forklarte årsaken og løsningen. Kunden er roligere nå.',
    ],
    email: [
      'Sendte {first} en e-post med beklagelse og riktige opplysninger.',
      'Sendte {first} en oppsummering på e-post av hva vi endrer, og en fast kontaktperson.',
      'Svarte på e-post med en veiledning steg for steg.',
    ],
    meeting: [
      'Møtte {first} og teamet deres på stedet for å gå gjennom leveringsrutinen.',
      'Videomøte med {first} for å gå gjennom sendingene fra forrige måned.',
    ],
    resolved: [
      'Kunden bekrefter at saken er løst. Lukker.',
      'Løsningen er bekreftet av {first}. Lukker saken.',
      'Ingen nye problemer meldt på to uker – lukker.',
    ],
    confirmed: {
      phone: ['Ringte {first} for å høre hvordan det går: problemet er løst. Lukker.', 'Kort samtale med {first} – alt fungerer igjen. Lukker.'],
      email: ['Sendte {first} en e-post for å bekrefte løsningen; kunden svarte at alt fungerer. Lukker.'],
    },
    unreachable: [
      'Prøvde å ringe {first} to ganger uten svar. La igjen beskjed og lukket.',
      'Ingen svar på to e-poster. Lukker uten tiltak.',
    ],
    stale: [
      'Lukket i gjennomgangen av etterslepet: kunden ble aldri kontaktet, og det er for sent å ringe nå.',
      'Ingen tok denne i tide. Lukker; tatt med til teamets retro.',
    ],
  },
  feedbackComments: [
    '@{mention} dette er andre klage fra {customer} denne måneden – kan du se på det?',
    'Delte dette med teamet på mandagsmøtet.',
    '@{mention} til info – relevant for diskusjonen om {theme}.',
    'Godt fanget opp. Vi bør koble dette til funksjonsønsket.',
    'Samme problem meldt av to andre kunder i {city} denne uka.',
  ],
  ideaComments: [
    '+1 – dette ville spart oss for mye tid.',
    'Vi prøvde noe lignende der jeg jobbet før, og det fungerte bra.',
    'Hvordan vil dette fungere for nattskiftet?',
    'Elsker det. Hjelper gjerne til med testing.',
    'Kan vi starte med en pilot i én region?',
    'Jeg tror Drift bør si sin mening her.',
    'Dette kom opp i tre kundesamtaler forrige uke.',
    'Enig, men la oss måle effekten før vi ruller det ut overalt.',
    'God idé – dagens prosess er altfor manuell.',
  ],
  ideaReasons: {
    declined: [
      'Ikke mulig med dagens systemer; vi ser på det igjen når den nye plattformen er på plass.',
      'Overlapper med et pågående prosjekt i IT.',
      'Kostnaden er for høy sammenlignet med forventet gevinst.',
      'Vi har valgt å prioritere programmet for leveringskvalitet i år.',
    ],
    underReview: ['Vi ser på dette i neste planleggingsrunde.', 'Samler innspill fra teamene det gjelder.'],
    accepted: ['Godt forslag – lagt inn i planen for neste kvartal.', 'Godkjent. Vi finner en eier på neste planleggingsmøte.'],
    inProgress: ['Arbeidet er i gang, med en pilot først.', 'Pågår – første versjon ventes om noen uker.'],
    implemented: ['I drift fra denne uka. Takk for idéen!', 'Ferdig og rullet ut til alle team.'],
  },
  themeLabels: {
    delivery_delays: 'forsinkede leveranser',
    damaged_parcels: 'skadde pakker',
    tracking: 'sporing',
    billing: 'fakturaer',
    pricing: 'priser',
    onboarding: 'oppstart',
    mobile_app: 'appen',
    performance: 'ytelse',
    integrations: 'integrasjon',
    reporting: 'rapporter',
    usability: 'brukervennlighet',
    documentation: 'dokumentasjon',
    support_quality: 'kundeservice',
    staff_friendliness: 'sjåførens oppførsel',
  },
};
