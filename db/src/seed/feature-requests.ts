// The product team's feature requests. Customers ask for these in their own words (the `phrase` per
// language goes into a feature-request verbatim), and every such verbatim is linked to its request,
// so "how many customers, how much revenue asks for this" has real answers. Demand falls as it does:
// a few big asks, mostly from enterprise accounts, and a long tail; some requests are duplicates of
// others, merged or still waiting for the product team to notice.
import type { ProductName } from './catalog';
import type { Lang, ThemeKey } from './verbatims/types';

export type FeatureRequestStatus = 'UNDER_REVIEW' | 'PLANNED' | 'IN_PROGRESS' | 'SHIPPED' | 'DECLINED';

export interface FeatureRequestSpec {
  title: string;
  description: string;
  product: ProductName;
  /** the theme its verbatims are tagged with (its phrase contains one of the theme's keywords) */
  theme: ThemeKey | null;
  /** an infinitive phrase that fits the language's feature frames ("… to be able to {feature}") */
  phrase: Record<Lang, string>;
  /** relative demand */
  demand: number;
  /** how much more enterprise customers ask for it */
  enterprise?: number;
  /** the quarter (relative to the running one) the product team opened the record */
  created: number;
  /** the status changes after UNDER_REVIEW, by quarter */
  path: { status: FeatureRequestStatus; quarter: number; note: string }[];
  /**
   * The title of the request this one asks for in other words: a duplicate someone opened before
   * finding the first. Its feedback is linked to it, and moves to that request when it is merged.
   */
  duplicateOf?: string;
  /**
   * The quarter the duplicate was merged; absent, it is not merged yet. A product team clears the
   * duplicates of a request when it moves it on, so a merge never comes after the request's next
   * status change (and who heard of that change is exactly who was linked to it then).
   */
  mergedQuarter?: number;
  /** opened this many days ago, after the first few asks: hardly any feedback yet */
  openedDaysAgo?: number;
  /** SHIPPED: false while the team has not yet told the customers who asked (no follow-up items) */
  customersTold?: boolean;
}

export const FEATURE_REQUESTS: readonly FeatureRequestSpec[] = [
  {
    title: 'Scheduled report export to Excel', product: 'Analytics', theme: 'reporting', demand: 5, created: -8,
    description: 'Send a chosen report as an Excel file on a schedule (weekly or monthly) to a list of recipients.',
    phrase: { en: 'schedule a weekly export of reports to Excel', nb: 'planlegge en ukentlig eksport av rapporter til Excel', sv: 'schemalägga en veckovis export av rapporter till Excel' },
    path: [
      { status: 'PLANNED', quarter: -7, note: 'Top request from enterprise accounts; planned for the reporting overhaul.' },
      { status: 'IN_PROGRESS', quarter: -6, note: 'Development started.' },
      { status: 'SHIPPED', quarter: -5, note: 'Available to all Analytics customers under Reports → Schedule.' },
    ],
  },
  {
    title: 'Custom dashboards per site', product: 'Analytics', theme: 'reporting', demand: 4, enterprise: 2.5, created: -6,
    description: 'Let customers with several warehouses or shops build one dashboard per site.',
    phrase: { en: 'build our own dashboard for each site', nb: 'lage et eget dashbord for hver lokasjon', sv: 'bygga en egen dashboard för varje anläggning' },
    path: [
      { status: 'PLANNED', quarter: -4, note: 'Planned together with the new permissions model.' },
      { status: 'IN_PROGRESS', quarter: -1, note: 'In development; beta with three enterprise customers.' },
    ],
  },
  {
    title: 'CO₂ report per shipment', product: 'Analytics', theme: 'reporting', demand: 3.5, enterprise: 2, created: -4,
    description: 'Emissions per shipment and per month, for customers who report on scope 3.',
    phrase: { en: 'get a CO2 report for every shipment', nb: 'få en CO2-rapport for hver sending', sv: 'få en CO2-rapport för varje sändning' },
    path: [{ status: 'PLANNED', quarter: -1, note: 'Needed for customers’ sustainability reporting; planned for next quarter.' }],
  },
  {
    title: 'Dark mode in the Customer App', product: 'Customer App', theme: 'mobile_app', demand: 2.5, created: -8,
    description: 'Follow the phone’s dark mode setting.',
    phrase: { en: 'use the app in dark mode', nb: 'bruke appen i mørk modus', sv: 'använda appen i mörkt läge' },
    path: [
      { status: 'PLANNED', quarter: -6, note: 'Part of the 5.0 redesign.' },
      { status: 'IN_PROGRESS', quarter: -3, note: 'Built into the 5.0 release.' },
      { status: 'SHIPPED', quarter: -2, note: 'Shipped in Customer App 5.0.' },
    ],
  },
  {
    title: 'Live driver position on the tracking map', product: 'Customer App', theme: 'tracking', demand: 5, created: -7,
    description: 'Show the van on the map during the last part of the route, like food delivery apps do.',
    phrase: { en: 'follow the driver live on the map in the tracking view', nb: 'følge sjåføren live på kartet i sporingen', sv: 'följa chauffören live på kartan i spårningen' },
    path: [
      { status: 'PLANNED', quarter: -4, note: 'Depends on the new telematics units in the vans.' },
      { status: 'IN_PROGRESS', quarter: -1, note: 'Telematics rolled out in Oslo; app work started.' },
    ],
  },
  {
    title: 'Choose a delivery window from the notification', product: 'Customer App', theme: 'tracking', demand: 4, created: -5,
    description: 'Let the receiver pick a two-hour delivery window directly from the SMS or push notification.',
    phrase: { en: 'pick a delivery window directly from the notification', nb: 'velge leveringsvindu direkte fra varslet', sv: 'välja leveransfönster direkt i aviseringen' },
    path: [{ status: 'PLANNED', quarter: -2, note: 'Planned after live tracking.' }],
  },
  {
    title: 'Home-screen widget for incoming parcels', product: 'Customer App', theme: 'mobile_app', demand: 1.5, created: -2,
    description: 'An iOS and Android widget listing today’s incoming parcels.',
    phrase: { en: 'see incoming parcels in an app widget on the home screen', nb: 'se innkommende pakker i en widget fra appen på hjemskjermen', sv: 'se inkommande paket i en widget från appen på hemskärmen' },
    path: [],
  },
  {
    title: 'Two-way sync with ERP systems', product: 'Route Planner', theme: 'integrations', demand: 4.5, enterprise: 2, created: -7,
    description: 'Orders from the ERP into Route Planner and delivery status back, through the existing integration.',
    phrase: { en: 'sync orders both ways through the ERP integration', nb: 'synkronisere ordre begge veier via integrasjonen mot ERP-systemet', sv: 'synka order åt båda hållen via integrationen mot affärssystemet' },
    path: [
      { status: 'PLANNED', quarter: -5, note: 'Visma and Fortnox first.' },
      { status: 'IN_PROGRESS', quarter: -2, note: 'Visma connector in beta.' },
    ],
  },
  {
    title: 'Drag-and-drop stop ordering', product: 'Route Planner', theme: 'usability', demand: 3, created: -8,
    description: 'Reorder the stops of a route by dragging them on the list or the map.',
    phrase: { en: 'reorder stops with drag and drop instead of the clunky list', nb: 'endre rekkefølgen på stopp med dra-og-slipp i stedet for den tungvinte listen', sv: 'ändra ordningen på stopp med dra och släpp i stället för den krångliga listan' },
    path: [
      { status: 'PLANNED', quarter: -7, note: 'Quick win; planned.' },
      { status: 'IN_PROGRESS', quarter: -7, note: 'In development.' },
      { status: 'SHIPPED', quarter: -6, note: 'Live for all Route Planner users.' },
    ],
  },
  {
    title: 'Charging stops for electric vans', product: 'Route Planner', theme: null, demand: 2, enterprise: 1.5, created: -3,
    description: 'Plan routes for electric vans with range limits and charging stops.',
    phrase: { en: 'plan routes with charging stops for our electric vans', nb: 'planlegge ruter med ladestopp for elbilene våre', sv: 'planera rutter med laddstopp för våra elbilar' },
    path: [],
  },
  {
    title: 'Route status in the public API', product: 'Route Planner', theme: 'integrations', demand: 2.5, created: -4,
    description: 'Read the live status of routes and stops through the REST API and webhooks.',
    phrase: { en: 'read route status through the API', nb: 'hente rutestatus via API-et', sv: 'hämta ruttstatus via API:et' },
    path: [{ status: 'PLANNED', quarter: -1, note: 'Planned for the API v3 release.' }],
  },
  {
    title: 'One consolidated invoice per month', product: 'Invoicing', theme: 'billing', demand: 5, created: -8,
    description: 'One invoice per month with all shipments as lines, instead of one invoice per shipment.',
    phrase: { en: 'get one consolidated invoice per month instead of one per shipment', nb: 'få én samlet faktura per måned i stedet for én per sending', sv: 'få en samlad faktura per månad i stället för en per sändning' },
    path: [
      { status: 'PLANNED', quarter: -7, note: 'Most requested change from finance departments.' },
      { status: 'IN_PROGRESS', quarter: -6, note: 'In development with the finance team.' },
      { status: 'SHIPPED', quarter: -4, note: 'Monthly consolidated invoicing can be switched on per account.' },
    ],
  },
  {
    title: 'Department reference on every invoice', product: 'Invoicing', theme: 'billing', demand: 3, enterprise: 2, created: -5,
    description: 'Let the booker enter a department or project number that is printed on the invoice line.',
    phrase: { en: 'add our department number as a reference on each invoice', nb: 'legge inn avdelingsnummer som referanse på hver faktura', sv: 'ange vårt avdelningsnummer som referens på varje faktura' },
    path: [
      { status: 'PLANNED', quarter: -3, note: 'Planned with the booking form changes.' },
      { status: 'IN_PROGRESS', quarter: -1, note: 'Booking form part done; invoice layout in progress.' },
    ],
  },
  {
    title: 'E-invoices (EHF / Peppol)', product: 'Invoicing', theme: 'billing', demand: 3, enterprise: 2.5, created: -6,
    description: 'Send invoices as EHF/Peppol e-invoices to customers who require it.',
    phrase: { en: 'receive invoices as EHF/Peppol e-invoices', nb: 'motta fakturaer som EHF/Peppol', sv: 'ta emot fakturor som Peppol-e-faktura' },
    path: [{ status: 'PLANNED', quarter: -2, note: 'Required by several public-sector customers from next year.' }],
  },
  {
    title: 'Pay invoices by card', product: 'Invoicing', theme: 'billing', demand: 1.5, created: -6,
    description: 'Card payment of invoices in the portal.',
    phrase: { en: 'pay invoices by card in the portal', nb: 'betale fakturaer med kort i portalen', sv: 'betala fakturor med kort i portalen' },
    path: [{ status: 'DECLINED', quarter: -4, note: 'Card fees are too high for B2B volumes; we offer direct debit instead.' }],
  },
  {
    title: 'Offline mode for the scanner app', product: 'Warehouse Scanner', theme: 'mobile_app', demand: 4.5, created: -8,
    description: 'Keep scanning when the warehouse Wi-Fi drops and sync when it is back.',
    phrase: { en: 'keep scanning in the app when the warehouse wifi drops', nb: 'fortsette å skanne i appen når wifi-en på lageret faller ut', sv: 'fortsätta skanna i appen när wifi:t på lagret försvinner' },
    path: [
      { status: 'PLANNED', quarter: -7, note: 'Planned; biggest pain point in scanner interviews.' },
      { status: 'IN_PROGRESS', quarter: -6, note: 'Development started.' },
      { status: 'SHIPPED', quarter: -5, note: 'Offline mode shipped in Warehouse Scanner 3.2.' },
    ],
  },
  {
    title: 'Ring scanner support', product: 'Warehouse Scanner', theme: 'mobile_app', demand: 1.5, created: -2,
    description: 'Pair Bluetooth ring scanners with the scanner app.',
    phrase: { en: 'pair ring scanners with the app', nb: 'koble ringskannere til appen', sv: 'koppla ringskannrar till appen' },
    path: [],
  },
  {
    title: 'Stock counts to the ERP', product: 'Warehouse Scanner', theme: 'integrations', demand: 2, enterprise: 1.5, created: -3,
    description: 'Send stock counts from the scanner straight to the customer’s ERP.',
    phrase: { en: 'push stock counts straight into our ERP through the integration', nb: 'sende varetellinger rett inn i ERP-systemet via integrasjonen', sv: 'skicka inventeringar direkt till affärssystemet via integrationen' },
    path: [],
  },
  {
    title: 'SMS notification 30 minutes before arrival', product: 'Nordfrakt Delivery', theme: 'tracking', demand: 5, created: -8,
    description: 'Text the receiver when the driver is 30 minutes away.',
    phrase: { en: 'get an SMS notification 30 minutes before the driver arrives', nb: 'få et SMS-varsel 30 minutter før sjåføren kommer', sv: 'få en sms-avisering 30 minuter innan chauffören kommer' },
    path: [
      { status: 'PLANNED', quarter: -8, note: 'Planned with the new notification service.' },
      { status: 'IN_PROGRESS', quarter: -7, note: 'Piloting in Oslo.' },
      { status: 'SHIPPED', quarter: -6, note: 'Live in Norway and Sweden.' },
    ],
  },
  {
    title: 'Saturday deliveries', product: 'Nordfrakt Delivery', theme: null, demand: 2.5, created: -7,
    description: 'Offer business deliveries on Saturdays.',
    phrase: { en: 'book deliveries on Saturdays', nb: 'bestille levering på lørdager', sv: 'boka leveranser på lördagar' },
    path: [{ status: 'DECLINED', quarter: -5, note: 'Not viable with today’s route density; we will look at it again when volumes grow.' }],
  },
  {
    title: 'Book return pickups online', product: 'Nordfrakt Delivery', theme: null, demand: 3, created: -5,
    description: 'Let customers book a return pickup in the portal instead of calling.',
    phrase: { en: 'book return pickups online instead of calling', nb: 'bestille returhenting på nett i stedet for å ringe', sv: 'boka returupphämtning på nätet i stället för att ringa' },
    path: [{ status: 'PLANNED', quarter: -2, note: 'Planned with the new booking flow.' }],
  },
  {
    title: 'Power BI connector', product: 'Analytics', theme: 'integrations', demand: 2, enterprise: 3, created: -3,
    description: 'A certified Power BI connector for Analytics data.',
    phrase: { en: 'connect Analytics to Power BI through an integration', nb: 'koble Analytics til Power BI via en integrasjon', sv: 'koppla Analytics till Power BI via en integration' },
    path: [],
  },
  {
    title: 'Saved recipients in the booking form', product: 'Customer App', theme: null, demand: 2, created: -3,
    description: 'Remember frequent recipients so a booking takes a few taps.',
    phrase: { en: 'save frequent recipients so we do not type the same address every time', nb: 'lagre faste mottakere så vi slipper å skrive samme adresse hver gang', sv: 'spara återkommande mottagare så att vi slipper skriva samma adress varje gång' },
    path: [],
  },
  {
    title: 'Price per vehicle instead of per user', product: 'Route Planner', theme: 'pricing', demand: 2, created: -6,
    description: 'Small fleets with many part-time planners ask for per-vehicle pricing.',
    phrase: { en: 'pay per vehicle instead of per user, since the current pricing hurts small fleets', nb: 'betale per kjøretøy i stedet for per bruker, for dagens prismodell er for dyr for små flåter', sv: 'betala per fordon i stället för per användare, eftersom prismodellen slår hårt mot små flottor' },
    path: [{ status: 'DECLINED', quarter: -3, note: 'Per-user pricing stays; small fleets get the new Starter plan instead.' }],
  },
  {
    title: 'Reporting API documentation with examples', product: 'Analytics', theme: 'documentation', demand: 1.5, created: -4,
    description: 'Better documentation of the reporting API, with examples in several languages.',
    phrase: { en: 'get better documentation with examples for the reporting API', nb: 'få bedre dokumentasjon med eksempler for rapport-API-et', sv: 'få bättre dokumentation med exempel för rapport-API:et' },
    path: [{ status: 'PLANNED', quarter: -1, note: 'Planned together with API v3.' }],
  },
  {
    title: 'Shipment booking API', product: 'Nordfrakt Delivery', theme: 'integrations', demand: 5, enterprise: 3, created: -3,
    description: 'Create shipments and print labels from the customer’s own systems (ERP, WMS, web shop) through a REST API, instead of typing each booking into the portal.',
    phrase: { en: 'book shipments straight from our own systems through an API', nb: 'bestille sendinger direkte fra våre egne systemer via et API', sv: 'boka sändningar direkt från våra egna system via ett API' },
    path: [{ status: 'PLANNED', quarter: -1, note: 'The biggest ask from enterprise shippers; planned with the new booking platform.' }],
  },
  {
    title: 'Photo proof of delivery', product: 'Nordfrakt Delivery', theme: 'tracking', demand: 3, enterprise: 1.5, created: -5, customersTold: false,
    description: 'The driver takes a photo of the parcel where it was left, shown in tracking and kept as proof of delivery.',
    phrase: { en: 'see a photo of the delivered parcel in the tracking', nb: 'se et bilde av den leverte pakken i sporingen', sv: 'se ett foto av det levererade paketet i spårningen' },
    path: [
      { status: 'PLANNED', quarter: -3, note: 'Planned with the new driver app.' },
      { status: 'IN_PROGRESS', quarter: -1, note: 'Drivers in Oslo and Stockholm are testing photo capture.' },
      { status: 'SHIPPED', quarter: 0, note: 'Photos of delivered parcels are now shown in tracking for every shipment in Norway and Sweden.' },
    ],
  },
  {
    title: 'Delivery to parcel lockers', product: 'Nordfrakt Delivery', theme: null, demand: 2.5, created: -2,
    description: 'Let web-shop customers send parcels to a parcel locker the receiver chooses at checkout.',
    phrase: { en: 'send parcels to a parcel locker near the receiver', nb: 'sende pakker til en pakkeautomat i nærheten av mottakeren', sv: 'skicka paket till ett paketskåp nära mottagaren' },
    path: [],
  },
  {
    title: 'Log in with BankID', product: 'Customer App', theme: 'mobile_app', demand: 1.5, created: -4,
    description: 'Sign in to the Customer App with Norwegian or Swedish BankID instead of a password.',
    phrase: { en: 'log in to the app with BankID', nb: 'logge inn i appen med BankID', sv: 'logga in i appen med BankID' },
    path: [],
  },
  {
    title: 'Print shipping labels from the app', product: 'Customer App', theme: 'mobile_app', demand: 3, created: 0, openedDaysAgo: 21,
    description: 'Print the label of a booked shipment on a Bluetooth label printer straight from the phone.',
    phrase: { en: 'print shipping labels straight from the app', nb: 'skrive ut fraktetiketter rett fra appen', sv: 'skriva ut fraktetiketter direkt från appen' },
    path: [],
  },
  {
    title: 'Driver breaks and working hours in route planning', product: 'Route Planner', theme: null, demand: 2, enterprise: 1.5, created: -2,
    description: 'Plan routes that respect the drivers’ breaks and the EU driving-time rules.',
    phrase: { en: 'plan routes that respect the drivers’ breaks and working hours', nb: 'planlegge ruter som tar hensyn til sjåførenes pauser og arbeidstid', sv: 'planera rutter som tar hänsyn till förarnas raster och arbetstid' },
    path: [{ status: 'PLANNED', quarter: 0, note: 'Required by the EU driving-time rules; planned for the next release.' }],
  },
  {
    title: 'Batch numbers and expiry dates when scanning', product: 'Warehouse Scanner', theme: 'mobile_app', demand: 2, enterprise: 1.5, created: -4,
    description: 'Register batch or lot numbers and best-before dates as goods are scanned in.',
    phrase: { en: 'register batch numbers and expiry dates when scanning in the app', nb: 'registrere batchnummer og utløpsdato når vi skanner i appen', sv: 'registrera batchnummer och bäst före-datum när vi skannar i appen' },
    path: [{ status: 'PLANNED', quarter: -1, note: 'Planned; our food and pharma customers cannot do without it.' }],
  },
  {
    title: 'Invoice specification as an Excel file', product: 'Invoicing', theme: 'billing', demand: 2.5, created: -3,
    description: 'Download the lines behind an invoice as an Excel file, so finance teams can reconcile them.',
    phrase: { en: 'download the invoice specification as an Excel file', nb: 'laste ned fakturaspesifikasjonen som Excel-fil', sv: 'ladda ner fakturaspecifikationen som Excel-fil' },
    path: [{ status: 'PLANNED', quarter: -1, note: 'Planned; finance teams reconcile our invoices line by line.' }],
  },
  {
    title: 'Benchmark against similar companies', product: 'Analytics', theme: 'reporting', demand: 1.5, created: -4,
    description: 'Compare delivery statistics with other companies of the same size and industry.',
    phrase: { en: 'compare our delivery statistics with similar companies', nb: 'sammenligne statistikken vår for leveranser med lignende bedrifter', sv: 'jämföra vår statistik för leveranser med liknande företag' },
    path: [{ status: 'DECLINED', quarter: -1, note: 'We will not show figures built on other customers’ data; industry averages are on the roadmap instead.' }],
  },
  {
    title: 'Alert when a KPI drops', product: 'Analytics', theme: 'reporting', demand: 3, created: 0, openedDaysAgo: 24,
    description: 'An e-mail or in-app alert when a chosen key figure falls below a limit.',
    phrase: { en: 'get an alert on the dashboard when a KPI drops below a limit', nb: 'få et varsel på dashbordet når et nøkkeltall faller under en grense', sv: 'få en varning i dashboarden när ett nyckeltal sjunker under en gräns' },
    path: [],
  },

  // Duplicates: the same needs in other words, opened before someone found the first request.
  {
    title: 'Export reports to Excel automatically', product: 'Analytics', theme: 'reporting', demand: 2, created: -8,
    duplicateOf: 'Scheduled report export to Excel', mergedQuarter: -8,
    description: 'Customers want their monthly reports in Excel without exporting them by hand.',
    phrase: { en: 'get our reports exported to Excel automatically every month', nb: 'få rapportene eksportert til Excel automatisk hver måned', sv: 'få rapporterna exporterade till Excel automatiskt varje månad' },
    path: [],
  },
  {
    title: 'Move stops directly on the map', product: 'Route Planner', theme: 'usability', demand: 1.5, created: -8,
    duplicateOf: 'Drag-and-drop stop ordering', mergedQuarter: -8,
    description: 'Planners want to move stops on the map instead of editing the list.',
    phrase: { en: 'move stops directly on the map, because the list is clunky', nb: 'flytte stoppene direkte på kartet, for listen er tungvint', sv: 'flytta stoppen direkt på kartan, för listan är krånglig' },
    path: [],
  },
  {
    title: 'Show where the driver is in tracking', product: 'Customer App', theme: 'tracking', demand: 2, created: -6,
    duplicateOf: 'Live driver position on the tracking map', mergedQuarter: -5,
    description: 'Receivers want to see where the driver is right now.',
    phrase: { en: 'see in the tracking view where the driver is right now', nb: 'se i sporingen hvor sjåføren er akkurat nå', sv: 'se i spårningen var chauffören är just nu' },
    path: [],
  },
  {
    title: 'E-invoices straight into our accounting system', product: 'Invoicing', theme: 'billing', demand: 1.5, enterprise: 2, created: -5,
    duplicateOf: 'E-invoices (EHF / Peppol)', mergedQuarter: -3,
    description: 'Invoices delivered electronically into the customer’s accounting system instead of as PDF.',
    phrase: { en: 'get our invoices as e-invoices straight into the accounting system', nb: 'få fakturaene som elektronisk faktura rett inn i regnskapssystemet', sv: 'få fakturorna som e-faktura direkt in i ekonomisystemet' },
    path: [],
  },
  // not merged yet: the merge the product team has still to make (the demo's)
  {
    title: 'Create bookings automatically from our ERP', product: 'Nordfrakt Delivery', theme: 'integrations', demand: 1.5, enterprise: 3, created: -1,
    duplicateOf: 'Shipment booking API',
    description: 'Bookings created automatically from the orders in the customer’s ERP, without typing them into the portal.',
    phrase: { en: 'create bookings automatically from the orders in our ERP', nb: 'opprette bestillinger automatisk fra ordrene i ERP-systemet vårt', sv: 'skapa bokningar automatiskt från orderna i vårt ERP-system' },
    path: [],
  },
];

/** The status a request has today: the last of its path, else UNDER_REVIEW. */
export function currentStatus(spec: FeatureRequestSpec): FeatureRequestStatus {
  return spec.path.length ? spec.path[spec.path.length - 1].status : 'UNDER_REVIEW';
}
