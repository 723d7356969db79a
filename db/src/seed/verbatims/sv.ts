// Svenska: det Nordfrakts kunder och medarbetare skriver på svenska. ”Med vänliga hälsningar” undviks
// med flit, eftersom ”vänlig” är ett nyckelord för temat om chaufförernas bemötande.
import type { LanguageBank } from './types';

export const sv: LanguageBank = {
  themes: {
    delivery_delays: {
      praise: [
        'Leveranserna har varit punktliga varje vecka – inga förseningar alls.',
        'Pallen till {city} kom i tid trots semestertrafiken. Väldigt punktligt.',
        'Våra sändningar blir nästan aldrig försenade längre. Stor förbättring sedan i fjol.',
        'Pålitliga leveranstider – vi lovar våra kunder leverans nästa dag och ni håller det.',
        'Chauffören kom före lunch som utlovat. Noll förseningar den här månaden.',
        'Imponerande punktligt. Vi har slutat jaga våra leveranser.',
      ],
      complaint: [
        'Order {order} blev {days} dagar försenad och ingen förklarade varför.',
        'Våra leveranser till {city} blir hela tiden försenade. Det är tredje gången den här månaden.',
        'Sändningen var utlovad till {weekday} men kom {days} dagar försenad.',
        'Ständiga förseningar. Vi fick säga till våra egna kunder att varorna satt fast någonstans.',
        'Leveransen blev försenad igen – vi hade personal som väntade på lagret hela förmiddagen i onödan.',
        'Två pallar är nu {days} dagar försenade och ingen kan säga var de är.',
        'Försenade leveranser kostar oss pengar; våra montörer får betalt per timme.',
        'Express ska vara nästa dag. Vår tog {days} dagar. Vad är poängen med att betala för express med sådana förseningar?',
        'Varje paket till vår butik i {city} har varit försenat i flera veckor.',
        'Det dröjde {days} dagar extra innan varorna dök upp, utan ett enda meddelande.',
      ],
      mixed: [
        'Leveranserna fungerar oftast bra, men när något blir försenat får vi aldrig veta det i förväg.',
        'Mestadels i tid, även om ett par sändningar till {city} blev en dag försenade det här kvartalet.',
        'Punktligheten har gått upp och ner. Bra veckor och dåliga veckor.',
        'Bra när det fungerar, men en försenad leverans i månaden är en för mycket för oss.',
      ],
      question: [
        'Var är order {order}? Den skulle ha kommit för {days} dagar sedan och är fortfarande försenad.',
        'Finns det kända förseningar på leveranser till {city} just nu?',
        'Kan ni berätta varför sändning {order} är försenad och när vi kan vänta oss den?',
      ],
    },
    damaged_parcels: {
      praise: [
        'Inte ett enda skadat paket i år, trots vårt ömtåliga glas.',
        'Allt kommer välpackat – inga skadade varor sedan vi bytte till er.',
        'Ingenting har försvunnit eller gått sönder på flera månader.',
        'Er reklamationsavdelning ersatte en skadad pall inom två dagar. Imponerande.',
      ],
      complaint: [
        'Order {order} kom med två trasiga kartonger och resten av pallen var krossad.',
        'Ett paket värt {amount} har försvunnit någonstans mellan terminalen och vår butik.',
        'Tredje skadade leveransen den här månaden. Förpackningen var sönderriven och varorna repade.',
        'Chauffören lämnade paketet i regnet och innehållet blev förstört.',
        'Vi väntar fortfarande på ersättning för den skadade sändningen från {month}.',
        'Hälften av flaskorna var krossade när pallen kom. Den hade uppenbarligen tappats.',
      ],
      mixed: [
        'Hanteringen är okej, men vi får en skadad kartong då och då.',
        'De flesta sändningar går bra, men ett paket har försvunnit och reklamationen tog evigheter.',
        'Reklamationen på de skadade varorna löstes, men det krävdes alldeles för många mejl.',
      ],
      question: [
        'Hur anmäler vi en skada på en sändning? Ordernummer {order}.',
        'Paket {order} verkar ha försvunnit. Hur får vi ersättning?',
      ],
    },
    tracking: {
      praise: [
        'Spårningslänken är klockren – våra kunder ser exakt var paketet är.',
        'Älskar sms-aviseringarna. Kunderna får en förvarning och är hemma när chauffören kommer.',
        'Spårningen i {product} uppdateras i realtid. Det sparar oss många samtal.',
        'Aviseringarna är tydliga och kommer i rätt tid.',
      ],
      complaint: [
        'Spårningen sa ”levererad” men ingenting hade kommit.',
        'Ingen avisering alls före leveransen, så ingen var på plats för att ta emot varorna.',
        'Spårningen har inte uppdaterats på {days} dagar. Vi har ingen aning om var sändningen är.',
        'Våra kunder får tre likadana aviseringar för ett paket. Det ser oproffsigt ut.',
        'Spårningsnumret på etiketten fungerar inte på er webbplats.',
      ],
      mixed: [
        'Spårningen fungerar för det mesta, men beräknad ankomsttid slår ofta fel med flera timmar.',
        'Aviseringarna är bra, men de kommer bara på engelska till våra norska kunder.',
        'Bra spårning för paket, men pallar syns först när de är levererade.',
      ],
      question: [
        'Kan aviseringarna gå till våra kunder i stället för till oss?',
        'Varför visar spårningen för {order} fortfarande ”etikett skapad”?',
      ],
      bug: [
        'Spårningssidan visar en tom karta för alla sändningar sedan i {weekday}s.',
        'Spårningslänkarna i aviseringsmejlen leder till en 404-sida.',
        'Aviseringarna skickas med fel leveransdatum – en dag före det riktiga.',
      ],
    },
    billing: {
      praise: [
        'Fakturorna är tydliga och lätta att stämma av mot våra order. Vår ekonom är nöjd.',
        'Faktureringen är äntligen enkel: en faktura, rätt referenser, inga överraskningar.',
        'Vi fick en rättad faktura samma dag som vi anmälde felet. Toppenservice.',
        'Fakturering via {product} sparar vår ekonomiavdelning många timmar varje månad.',
      ],
      complaint: [
        'Vi blev debiterade två gånger för order {order}.',
        'Faktura {invoice} har tillägg som vi aldrig har kommit överens om.',
        'Fakturan visar inte vilken sändning varje rad hör till, så vi kan inte fördela något.',
        'Vi har bett om en kreditering av det felaktiga bränsletillägget på fakturan tre gånger. Fortfarande ingenting.',
        'Fakturorna kommer fortfarande med vår gamla adress, hur många gånger vi än säger till.',
        'Vi blev fakturerade {amount} för en upphämtning som aldrig blev av.',
      ],
      mixed: [
        'Faktureringen fungerar mestadels, men bränsletillägget på fakturan är svårt att förstå.',
        'Fakturorna är korrekta, de kommer bara för sent till vårt månadsbokslut.',
        'Okej fakturering, men vi skulle föredra färre och större fakturor.',
      ],
      question: [
        'Kan ni förklara rad 4 på faktura {invoice}? Vi känner inte igen debiteringen.',
        'Hur ändrar vi fakturaadressen på vårt konto?',
        'Varför debiterades vi för privatleverans när varorna gick till vårt lager?',
      ],
      bug: [
        'Faktura-PDF:en i {product} är tom när vi laddar ner den.',
        'Momsen räknas två gånger på fakturor som skapats efter senaste uppdateringen.',
        'Fakturanummer dubbleras i exporten, vilket förstör importen i vår bokföring.',
      ],
    },
    pricing: {
      praise: [
        'Rimliga priser för den servicenivå vi får.',
        'Mycket för pengarna – era priser slår de andra transportörerna vi har provat.',
        'Den nya prissättningen för små sändningar passar ett företag som vårt.',
        'Tydliga priser och inga dolda kostnader.',
      ],
      complaint: [
        'Prishöjningen i år är för brant för ett litet företag som vårt.',
        'Alldeles för dyrt jämfört med konkurrenterna.',
        'Dolda avgifter överallt: bränsle, trängselskatt, privatleverans …',
        'Vi betalar {amount} i månaden för {product} och använder knappt hälften. Prismodellen är orimlig för oss.',
        'Priset per pall gick upp {pct} % över en natt utan förvarning.',
      ],
      mixed: [
        'Tjänsten är bra men priset är i överkant.',
        'Bra produkt, men prisnivåerna passar inte ett företag av vår storlek.',
        'Värt det under hektiska månader, dyrt under de lugna.',
      ],
      question: [
        'Erbjuder ni volymrabatt? Våra priser är desamma som när vi skickade hälften så mycket.',
        'Vad blir priset för {product} om vi lägger till fem användare till?',
      ],
    },
    onboarding: {
      praise: [
        'Uppstarten gick smidigt – vi var igång med {product} på en vecka.',
        'Utbildningen för vår lagerpersonal var utmärkt.',
        'Introduktionen gick snabbt och onboardingteamet svarade på alla frågor.',
        'Bra onboarding. {staff} gick igenom allt med oss steg för steg.',
      ],
      complaint: [
        'Uppstarten tog två månader längre än utlovat.',
        'Ingen berättade att uppstarten krävde ändringar hos oss förrän veckan innan vi skulle gå live.',
        'Vi fick ett utbildningstillfälle och lämnades sedan åt oss själva.',
        'Checklistan för uppstart var inaktuell och hälften av stegen gällde inte oss.',
      ],
      mixed: [
        'Uppstarten var okej, men vi hade gärna haft en till utbildning efter en månad.',
        'Introduktionen gick bra för kontoret, sämre för chaufförerna.',
        'Utbildningsvideorna är bra; de direktsända passen gick för fort.',
      ],
      question: [
        'Kan vi boka en extra utbildning för nyanställda?',
        'Vem är vår kontaktperson för uppstarten av det nya lagret?',
      ],
    },
    mobile_app: {
      praise: [
        'Appen är snabb och enkel. Att boka en upphämtning tar en minut.',
        'Älskar den nya designen i appen – allt finns där man förväntar sig.',
        'Appen i skannern bara fungerar, även med handskar på.',
        'Riktigt bra app! Både vår personal och våra kunder använder den varje dag.',
      ],
      complaint: [
        'Appen loggar ut mig varenda dag.',
        'Appen är plågsamt långsam på äldre Android-telefoner.',
        'Pushnotiser från appen kommer flera timmar efter att något hänt.',
        'Sedan uppdateringen går appen inte att öppna på min iPhone.',
        'Mobilappen saknar hälften av funktionerna i webbversionen.',
      ],
      mixed: [
        'Appen gör jobbet, men menyerna kunde vara mycket enklare.',
        'Bra app överlag, men batteriförbrukningen är lite hög.',
        'Bra app, men det går fortfarande inte att se äldre sändningar.',
      ],
      question: [
        'Finns appen för Android-surfplattor?',
        'Hur lägger jag till en andra användare i appen på samma konto?',
      ],
      bug: [
        'Appen kraschar när jag öppnar bokningssidan i version {version}.',
        'Streckkodsläsningen i appen slutar svara efter några minuter.',
        'Appen visar gårdagens sändningar som dagens efter uppdateringen.',
        'Inloggningen i appen misslyckas med ”okänt fel” på Android.',
      ],
    },
    performance: {
      praise: [
        '{product} har varit bergsäkert – inga driftstörningar som vi har märkt i år.',
        'Prestandan har blivit mycket bättre; sidorna laddar direkt nu.',
        'Bra prestanda även på måndagsmorgnar när alla planerar rutter.',
      ],
      complaint: [
        '{product} hade en driftstörning i {hours} timmar i {weekday}s, mitt i vårt lastningsfönster.',
        'Allt är så segt på morgnarna att planerarna ger upp och använder papper.',
        'Systemet hänger sig varje gång vi planerar fler än 200 stopp.',
        'Tredje driftstörningen den här månaden. Vi behöver ett system vi kan lita på.',
        'Startsidan tar en minut att ladda. Den prestandan är helt enkelt inte acceptabel.',
      ],
      mixed: [
        'Fungerar bra de flesta dagar, men prestandan sjunker varje måndagsmorgon.',
        'Stabilt överlag, bortsett från ett par korta driftstörningar.',
        'Tillräckligt snabbt för små rutter, långsamt för stora.',
      ],
      question: [
        'Är det en driftstörning just nu? {product} laddar inte för någon av oss.',
        'Har ni en statussida där vi själva kan se driftstörningar?',
      ],
      bug: [
        'Att spara en rutt misslyckas med timeout (fel 504) varje gång – det bara hänger sig.',
        'Sidan hänger sig när vi filtrerar på mer än en depå.',
        '{product} blir långsammare och långsammare tills vi laddar om webbläsaren – ser ut som en minnesläcka.',
      ],
    },
    integrations: {
      praise: [
        'Integrationen med {erp} sparar oss en hel dags manuellt arbete varje vecka.',
        'API:et är välgjort och webhookarna är pålitliga.',
        'Integrationen med vår webbutik tog mindre än en dag.',
      ],
      complaint: [
        'Integrationen mot {erp} slutar synka med några dagars mellanrum och vi måste starta om den manuellt.',
        'Order med å, ä och ö i adressen kommer inte igenom integrationen.',
        'Begränsningarna i API:et är alldeles för snäva för ett företag av vår storlek.',
        'Webhooks levereras två gånger eller inte alls.',
      ],
      mixed: [
        'Integrationen fungerar, men vi behövde en konsult för att sätta upp den.',
        'API:et är okej, felmeddelandena är det inte.',
        'Bra integration med {erp}, men den synkar bara en gång i timmen.',
      ],
      question: [
        'Har ni en integration mot {erp}?',
        'Var hittar vi API-nycklarna för vår testmiljö?',
      ],
      bug: [
        'API:et svarar med fel 500 när adressen har fler än två rader.',
        'Integrationen mot {erp} skapar dubbla kunder sedan senaste versionen.',
        'Signaturerna på webhookarna underkänns sedan i {weekday}s.',
      ],
    },
    reporting: {
      praise: [
        'De nya dashboardarna ger oss en bra överblick över våra sändningar.',
        'Rapporterna varje månad är precis vad vår ledning efterfrågar.',
        'Det går snabbt och enkelt att exportera rapporter till Excel.',
      ],
      complaint: [
        'Rapporterna stämmer inte med siffrorna på våra fakturor.',
        'Vi kan inte filtrera dashboarden per anläggning, och då är den värdelös för oss.',
        'Exporten till Excel klipps av efter 10 000 rader.',
        'Statistiken ligger alltid en dag efter.',
      ],
      mixed: [
        'Rapporteringen är okej, men vi saknar en vy per anläggning.',
        'Snygg dashboard, lite för många klick för att komma till exporten.',
        'Rapporterna är bra; diagrammen är svåra att läsa på en laptop.',
      ],
      question: [
        'Kan vi schemalägga en rapport som mejlas varje måndag?',
        'Hur räknas andelen leveranser i tid ut i dashboarden?',
      ],
      bug: [
        'Rapporten för förra veckan visar noll leveranser, vilket är fel.',
        'Export till CSV ger konstiga tecken för å, ä och ö.',
        'Summorna i dashboarden ändras varje gång jag laddar om sidan.',
      ],
    },
    usability: {
      praise: [
        'Väldigt intuitivt – nyanställda listar ut det på egen hand.',
        '{product} har ett rent och intuitivt gränssnitt.',
        'Allt är lätt att hitta. Mycket användarvänligt.',
        'Det nya gränssnittet är ett stort steg framåt.',
      ],
      complaint: [
        'Bokningsformuläret är förvirrande – vi väljer hela tiden fel tjänst.',
        'Alldeles för många klick för att göra något enkelt. Krångligt.',
        'Det nya gränssnittet gömmer funktionerna vi använder varje dag.',
        'Det är inte alls intuitivt; mina kollegor undviker {product}.',
      ],
      mixed: [
        'Användarvänligt när man väl kan det, men förvirrande för nybörjare.',
        'Gränssnittet är okej, vissa vyer känns röriga.',
        'Mestadels intuitivt, förutom inställningssidan.',
      ],
      question: [
        'Kan gränssnittet visa fler rader per sida?',
        'Kan vi dölja menyval vi aldrig använder? Det är lite förvirrande för våra chaufförer.',
      ],
      bug: [
        'Knapparna i gränssnittet överlappar på små skärmar, så vi kan inte trycka på ”Spara”.',
        'Datumväljaren är krånglig och hoppar ibland till fel månad.',
        'Tangentbordsnavigeringen i gränssnittet hoppar till fel fält.',
      ],
    },
    documentation: {
      praise: [
        'Dokumentationen är tydlig och har bra exempel.',
        'Er steg-för-steg-guide fick oss igång på nolltid.',
        'Utmärkt API-dokumentation – vår utvecklare var imponerad.',
      ],
      complaint: [
        'Dokumentationen är inaktuell och beskriver vyer som inte finns längre.',
        'Det finns ingen riktig manual för skannern, bara en gammal PDF.',
        'Vi hittade ingenting i dokumentationen om returer.',
        'Guiden hoppar över de viktigaste stegen.',
      ],
      mixed: [
        'Dokumentationen är okej, men den behöver fler exempel.',
        'Guiderna är bra; att söka i dem är det inte.',
        'Hyfsad dokumentation på engelska, ingenting på svenska.',
      ],
      question: [
        'Finns det en guide för att sätta upp etikettskrivare?',
        'Var finns dokumentationen för det nya returflödet?',
      ],
    },
    support_quality: {
      praise: [
        '{staff} på kundtjänst löste vårt problem på ett samtal. Fantastisk service!',
        'Snabb och trevlig support varje gång vi ringer.',
        'Supporten svarade inom tio minuter och löste faktiskt problemet.',
        'Stort tack till {staff} på kundtjänst som gjorde mycket mer än vi kunde begära.',
        'Den bästa support vi har haft från någon leverantör.',
        'Kundtjänst känner vårt konto och låter oss aldrig upprepa oss.',
      ],
      complaint: [
        'Det tog kundtjänst {days} dagar att svara på en enkel fråga.',
        'Vi skickades runt mellan tre olika på supporten och ingen tog ansvar.',
        'Kundtjänst stängde vårt ärende utan att lösa något.',
        'Väntade {count} minuter i telefonkön innan jag gav upp. Kundtjänst går inte att nå på morgnarna.',
        'Supportchatten skickar bara länkar till artiklar som inte svarar på frågan.',
      ],
      mixed: [
        'Kundtjänst är trevlig, men det tar ofta ett par dagar att få ett riktigt svar.',
        'Bra support när man når rätt person.',
        'Supporten svarar snabbt, lösningen tar längre tid.',
      ],
      question: [
        'Vilka öppettider har kundtjänst under helgerna?',
        'Kan vi få en egen kontaktperson på kundtjänst för vårt konto?',
      ],
    },
    staff_friendliness: {
      praise: [
        'Vår chaufför {driver} är alltid trevlig och hjälper oss att bära in pallarna.',
        'Artiga och trevliga chaufförer – personalen ser fram emot leveranserna.',
        '{driver}, chauffören på vår rutt, är en riktig tillgång för ert företag.',
        'Budet var vänligt och försiktigt med varorna.',
      ],
      complaint: [
        'Chauffören var otrevlig mot vår receptionist och tappade paketen i golvet.',
        'Chauffören vägrade bära något längre än till dörren.',
        'Budet var oartigt och hade bråttom.',
        'Er chaufför blockerade vår lastkaj i en timme och var otrevlig när vi bad honom flytta.',
      ],
      mixed: [
        'De flesta chaufförer är trevliga, en eller två har för bråttom.',
        'Artig chaufför, men han kom utanför våra öppettider.',
        'Trevlig personal på terminalen; chaufförerna lite mindre.',
      ],
      question: [
        'Kan vi få samma chaufför på vår rutt? {driver} känner till vår byggnad.',
        'Kan ni be chauffören ringa innan han kommer?',
      ],
    },
  },
  story: {
    crisis: [
      'Sedan flytten till den nya terminalen i Göteborg är våra leveranser {days} dagar försenade, varje vecka.',
      'Allt som går via Göteborgsterminalen blir försenat. Order {order} har stått där sedan i {weekday}s.',
      'Vi förlorar kunder på grund av förseningarna från Göteborg.',
      'Förseningar, förseningar, förseningar. Vad som än hände på terminalen i Göteborg – fixa det.',
      'Våra varor blir stående på terminalen i Göteborg i flera dagar och kommer fram försenade. Den sämsta månaden vi har haft med er.',
      'Tre veckor i rad med försenade leveranser till {city}. Vi behöver en plan, inte ursäkter.',
    ],
    appRelease: [
      'Appen kraschar varje gång jag öppnar den efter uppdateringen till {version}.',
      'Version {version} av appen är oanvändbar – den kraschar direkt när den startar.',
      'Efter den stora appuppdateringen kan jag inte boka något, den bara kraschar.',
      'Snälla, rulla tillbaka appen. Den nya versionen kraschar på min Android-telefon.',
      'Den nya versionen av appen kraschar så fort jag öppnar spårningen.',
    ],
    recovery: [
      'Tack för att ni ringde efter problemen i {month}.',
      'Uppskattade att ni följde upp mitt förra svar.',
      'Någon ringde faktiskt upp mig efter förra enkäten – det gjorde skillnad.',
      'Mycket bättre sedan ni följde upp med oss.',
    ],
  },
  surveyOpeners: {
    positive: ['Mycket nöjda överlag.', 'En bra partner.', 'Stabil leverans rakt igenom.', 'Inget att klaga på.'],
    neutral: ['Mestadels okej.', 'Lite bra, lite dåligt.', 'Helt okej, inget speciellt.', 'Svårt att säga.'],
    negative: ['Besviken.', 'Inte tillräckligt bra.', 'Ärligt talat har det här kvartalet varit dåligt.', 'Vi förväntade oss mer.'],
  },
  positiveClosers: ['Fortsätt så!', 'Tack!', 'Rekommenderas varmt.', 'Ställer gärna upp som referenskund.', 'Tack så mycket!', 'Bra jobbat.'],
  consequences: [
    'Vi tittar nu på andra transportörer.',
    'Fortsätter det så här måste vi se över avtalet.',
    'Våra egna kunder har börjat klaga.',
    'Det här har kostat oss mycket tid.',
    'Se till att lösa det här.',
    'Inte vad vi förväntar oss av en leverantör vi betalar så mycket.',
    'Jag har tagit upp det här tidigare.',
  ],
  greetings: ['Hej,', 'Hej!', 'Hej hej,', 'God morgon,'],
  signOffs: ['Tack, {first}', 'Mvh {first}', 'Hälsningar\n{first}\n{customer}', 'Hälsningar, {first}'],
  communityOpeners: { general: ['Hej allihop,', 'Hej,'], question: ['En snabb fråga till forumet:', 'Är det fler som har märkt det här?', 'Hej allihop,'] },
  questionClosers: ['Tack på förhand!', 'Alla tips uppskattas.', 'Har någon löst det här?'],
  socialTags: { positive: ['#nöjdkund', '👏', '#tack', '🙌'], negative: ['#besviken', '😡', '#irriterad'] },
  interviewFrames: [
    'Telefonintervju med {role} på {customer}. ”{body}”',
    'Samtalsanteckningar ({role}, {customer}): {body}',
    'Kvartalsvis uppföljningssamtal med {role}. Med egna ord: ”{body}”',
  ],
  interviewRoles: ['logistikchefen', 'ekonomichefen', 'driftchefen', 'lagerchefen', 'vd:n', 'inköpschefen'],
  featureFrames: [
    'Det vore toppen att kunna {feature}.',
    'Vi skulle behöva kunna {feature}.',
    'Önskemål: möjlighet att {feature}.',
    'Finns det planer på att låta oss {feature}?',
    'Snälla, gör det möjligt att {feature}.',
    'Vi saknar möjligheten att {feature}.',
  ],
  featureContext: [
    'I dag gör vi det för hand i Excel.',
    'Det skulle spara oss timmar varje vecka.',
    'Flera av våra anläggningar har frågat efter det.',
    'Konkurrenterna erbjuder redan det här.',
    'Det är det enda vi saknar.',
  ],
  contactLines: {
    email: ['Du når mig på {email}.', 'Svara gärna till {email} och inte till den gemensamma adressen.'],
    phone: ['Ring mig på {phone} om något är oklart.', 'Mitt direktnummer är {phone}.'],
  },
  weekdays: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  actionTitles: [
    'Ring {customer} om {theme}',
    'Följ upp {customer}: {theme}',
    'Kontakta {customer} ({theme})',
    'Utred klagomål om {theme} från {customer}',
  ],
  followUp: {
    internal: [
      'Kollade sändningshistoriken för {order}; den stod på terminalen i {days} dagar.',
      'Bad IT titta på loggarna för det här kontot.',
      'Gick igenom kundhistoriken – andra klagomålet det här kvartalet.',
      'Väntar på att reklamationsavdelningen bekräftar ersättning.',
      'Diskuterade med teamledaren; vi erbjuder att ringa upp.',
      'Eskalerat till Drift med kundens orderlista.',
    ],
    phone: [
      'Ringde {first}. Bad om ursäkt, förklarade vad som gått fel och erbjöd en kreditering på nästa faktura.',
      'Pratade med {first} i telefon. Kunden uppskattade samtalet och vill testa den nya rutinen.',
      'Nådde {first} på telefon och gick igenom lösningen tillsammans.',
      'Ringde {first}; förklarade orsaken och åtgärden. Kunden är lugnare nu.',
    ],
    email: [
      'Skickade ett mejl till {first} med en ursäkt och rättade uppgifter.',
      'Mejlade {first} en sammanfattning av vad vi ändrar och en fast kontaktperson.',
      'Svarade per mejl med en steg-för-steg-guide.',
    ],
    meeting: [
      'Träffade {first} och teamet på plats för att gå igenom leveransrutinen.',
      'Videomöte med {first} för att gå igenom förra månadens sändningar.',
    ],
    resolved: [
      'Kunden bekräftar att problemet är löst. Stänger.',
      'Lösningen bekräftad av {first}. Stänger ärendet.',
      'Inga nya problem rapporterade på två veckor – stänger.',
    ],
    confirmed: {
      phone: ['Ringde {first} för att stämma av: problemet är löst. Stänger.', 'Kort samtal med {first} – allt fungerar igen. Stänger.'],
      email: ['Mejlade {first} för att bekräfta lösningen; kunden svarade att allt fungerar. Stänger.'],
    },
    unreachable: [
      'Försökte ringa {first} två gånger utan svar. Lämnade ett röstmeddelande och stängde.',
      'Inget svar på två mejl. Stänger utan åtgärd.',
    ],
    stale: [
      'Stängd vid genomgången av eftersläpningen: kunden kontaktades aldrig och det är för sent att ringa nu.',
      'Ingen tog hand om den i tid. Stänger; noterat till teamets retro.',
    ],
  },
  feedbackComments: [
    '@{mention} det här är andra klagomålet från {customer} den här månaden – kan du titta på det?',
    'Delade det här med teamet på måndagsmötet.',
    '@{mention} för kännedom – relevant för diskussionen om {theme}.',
    'Bra fångat. Vi borde koppla det här till funktionsönskemålet.',
    'Samma problem rapporterat av två andra kunder i {city} den här veckan.',
  ],
  ideaComments: [
    '+1 – det här skulle spara oss mycket tid.',
    'Vi testade något liknande på mitt förra jobb och det fungerade bra.',
    'Hur skulle det här fungera för nattskiftet?',
    'Älskar det. Hjälper gärna till att testa.',
    'Kan vi börja med en pilot i en region?',
    'Jag tycker att Drift borde säga sitt här.',
    'Det här kom upp i tre kundsamtal förra veckan.',
    'Håller med, men låt oss mäta effekten innan vi rullar ut det överallt.',
    'Bra idé – dagens process är alldeles för manuell.',
  ],
  ideaReasons: {
    declined: [
      'Inte genomförbart med dagens system; vi tittar på det igen när den nya plattformen är på plats.',
      'Överlappar med ett pågående projekt inom IT.',
      'Kostnaden är för hög i förhållande till den förväntade nyttan.',
      'Vi har valt att prioritera programmet för leveranskvalitet i år.',
    ],
    underReview: ['Vi tittar på det här i nästa planeringsomgång.', 'Samlar in synpunkter från de berörda teamen.'],
    accepted: ['Bra förslag – inlagt i planen för nästa kvartal.', 'Godkänt. Vi utser en ägare på nästa planeringsmöte.'],
    inProgress: ['Arbetet har börjat, med en pilot först.', 'Pågår – första versionen väntas om några veckor.'],
    implemented: ['I drift sedan den här veckan. Tack för idén!', 'Klart och utrullat till alla team.'],
  },
  themeLabels: {
    delivery_delays: 'försenade leveranser',
    damaged_parcels: 'skadade paket',
    tracking: 'spårning',
    billing: 'fakturor',
    pricing: 'priser',
    onboarding: 'uppstart',
    mobile_app: 'appen',
    performance: 'prestanda',
    integrations: 'integration',
    reporting: 'rapporter',
    usability: 'användarvänlighet',
    documentation: 'dokumentation',
    support_quality: 'kundtjänst',
    staff_friendliness: 'chaufförens bemötande',
  },
};
