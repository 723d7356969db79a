// Names, places and contact details for the customers: Norwegian and Swedish first, with a few Danish
// and Finnish accounts that write in English.
import type { Random } from './random';
import type { Lang } from './verbatims/types';

export type Country = 'NO' | 'SE' | 'DK' | 'FI';

export interface RegionSpec {
  name: string;
  country: Country;
  /** share of the customer base */
  share: number;
  /** the city customers mention, per language of the text */
  city: Record<Lang, string[]>;
}

// Västra Götaland is large on purpose: the story's delivery crisis happens there and its quarterly
// NPS must rest on enough answers to be trusted.
export const REGIONS: readonly RegionSpec[] = [
  { name: 'Oslo', country: 'NO', share: 20, city: { en: ['Oslo'], nb: ['Oslo'], sv: ['Oslo'] } },
  { name: 'Viken', country: 'NO', share: 13, city: { en: ['Drammen', 'Lillestrøm', 'Sandvika', 'Fredrikstad'], nb: ['Drammen', 'Lillestrøm', 'Sandvika', 'Fredrikstad'], sv: ['Drammen', 'Fredrikstad'] } },
  { name: 'Vestland', country: 'NO', share: 10, city: { en: ['Bergen'], nb: ['Bergen', 'Førde'], sv: ['Bergen'] } },
  { name: 'Trøndelag', country: 'NO', share: 8, city: { en: ['Trondheim'], nb: ['Trondheim', 'Stjørdal'], sv: ['Trondheim'] } },
  { name: 'Stockholm', country: 'SE', share: 12, city: { en: ['Stockholm'], nb: ['Stockholm'], sv: ['Stockholm', 'Solna', 'Södertälje'] } },
  { name: 'Västra Götaland', country: 'SE', share: 16, city: { en: ['Gothenburg', 'Borås'], nb: ['Göteborg', 'Borås'], sv: ['Göteborg', 'Borås', 'Trollhättan'] } },
  { name: 'Skåne', country: 'SE', share: 7, city: { en: ['Malmö', 'Helsingborg'], nb: ['Malmö'], sv: ['Malmö', 'Helsingborg', 'Lund'] } },
  { name: 'Uppsala', country: 'SE', share: 4, city: { en: ['Uppsala'], nb: ['Uppsala'], sv: ['Uppsala', 'Enköping'] } },
  { name: 'Copenhagen', country: 'DK', share: 5, city: { en: ['Copenhagen'], nb: ['København'], sv: ['Köpenhamn'] } },
  { name: 'Helsinki', country: 'FI', share: 5, city: { en: ['Helsinki', 'Espoo'], nb: ['Helsingfors'], sv: ['Helsingfors'] } },
];

export const STORY_REGION = 'Västra Götaland';

const FIRST: Record<Country, string[]> = {
  NO: ['Kari', 'Ola', 'Ingrid', 'Lars', 'Silje', 'Geir', 'Marte', 'Espen', 'Hilde', 'Trond', 'Ingvild', 'Bjørn', 'Tone', 'Håkon', 'Marius', 'Ragnhild', 'Eirik', 'Kjersti', 'Stian', 'Line', 'Vegard', 'Astrid', 'Knut', 'Solveig', 'Øystein', 'Guro', 'Sindre', 'Turid', 'Jørgen', 'Hege', 'Sigurd', 'Ane'],
  SE: ['Anna', 'Erik', 'Karin', 'Johan', 'Lena', 'Mikael', 'Sofia', 'Anders', 'Maria', 'Per', 'Eva', 'Björn', 'Frida', 'Niklas', 'Ulrika', 'Mattias', 'Helena', 'Jonas', 'Malin', 'Patrik', 'Ebba', 'Gustav', 'Therese', 'Henrik', 'Åsa', 'Fredrik', 'Sara', 'Göran', 'Jenny', 'Oskar'],
  DK: ['Mads', 'Freja', 'Rasmus', 'Mette', 'Søren', 'Camilla', 'Jesper', 'Louise', 'Anders', 'Pernille'],
  FI: ['Mikko', 'Aino', 'Juha', 'Laura', 'Antti', 'Johanna', 'Timo', 'Sanna', 'Ville', 'Riikka'],
};

const LAST: Record<Country, string[]> = {
  NO: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen', 'Berg', 'Haugen', 'Hagen', 'Bakke', 'Strand', 'Halvorsen', 'Moen', 'Solberg', 'Lunde', 'Eriksen', 'Dahl', 'Bøe', 'Sæther', 'Aune', 'Myklebust', 'Fjeld', 'Rønning', 'Vik', 'Holm', 'Tveit', 'Løken', 'Nygård'],
  SE: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Lindberg', 'Lindström', 'Axelsson', 'Bergström', 'Lundgren', 'Holmqvist', 'Sandberg', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Ek', 'Hedlund', 'Åkesson', 'Nordin', 'Falk', 'Lindqvist', 'Björk'],
  DK: ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Kjær'],
  FI: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Lehtonen'],
};

// Company names: a place or family name and a trade, with the country's legal suffix.
const COMPANY_STEM: Record<Country, string[]> = {
  NO: ['Nordvik', 'Fjellheim', 'Havlund', 'Lysaker', 'Kvamme', 'Haugland', 'Vestby', 'Eidsvoll', 'Solstad', 'Brattli', 'Skogheim', 'Fjordkyst', 'Bergtun', 'Røstad', 'Grønli', 'Steinsland', 'Ulvestad', 'Åsheim', 'Kleiva', 'Midtbø', 'Sjøholt', 'Tindvik', 'Nyhaug', 'Lindås', 'Sandnes', 'Helle', 'Rypdal', 'Bjørkli', 'Kvitfjell', 'Elvebakken'],
  SE: ['Fjällström', 'Lindqvist', 'Bergkvist', 'Åkerlund', 'Sjöberg', 'Ekdahl', 'Norrby', 'Hallberg', 'Västerås', 'Granholm', 'Björklund', 'Strömberg', 'Lövgren', 'Hedström', 'Älvsborg', 'Kullaberg', 'Tallbacka', 'Sundqvist', 'Ekholm', 'Vikström', 'Dalgren', 'Örnsköld', 'Backlund', 'Skoglund', 'Mölndal', 'Alingsås', 'Kungälv', 'Stenungs', 'Lerum', 'Hisings'],
  DK: ['Kjær', 'Møller', 'Søndergaard', 'Holmgaard', 'Bruun', 'Lykke', 'Vestergaard', 'Dahl'],
  FI: ['Virtanen', 'Korhonen', 'Mäkinen', 'Lahtinen', 'Nieminen', 'Saarinen', 'Koivisto', 'Hakala'],
};

const TRADES: Record<Country, string[]> = {
  NO: ['Logistikk', 'Bygg', 'Elektro', 'Handel', 'Trelast', 'Maskin', 'Transport', 'Møbler', 'Dagligvare', 'Sport', 'Interiør', 'Rør', 'Metall', 'Sjømat', 'Bildeler', 'Engros', 'Teknikk', 'Blomster', 'Hage', 'Kontor'],
  SE: ['Bygg', 'Logistik', 'Handel', 'Elektronik', 'Trävaror', 'Maskin', 'Transport', 'Möbler', 'Livs', 'Sport', 'Inredning', 'VVS', 'Metall', 'Bildelar', 'Grossist', 'Teknik', 'Järn', 'Trädgård', 'Kontor', 'Verktyg'],
  DK: ['Logistik', 'Handel', 'Byg', 'Møbler', 'Teknik', 'Engros'],
  FI: ['Logistiikka', 'Kauppa', 'Rakennus', 'Tekniikka', 'Tukku', 'Kone'],
};

const SUFFIX: Record<Country, { small: string; large: string }> = {
  NO: { small: 'AS', large: 'ASA' },
  SE: { small: 'AB', large: 'AB' },
  DK: { small: 'ApS', large: 'A/S' },
  FI: { small: 'Oy', large: 'Oyj' },
};

const LARGE_TRADE: Record<Country, string[]> = {
  NO: ['Gruppen', 'Industrier', 'Handel', 'Logistikk'],
  SE: ['Koncernen', 'Industri', 'Gruppen', 'Logistik'],
  DK: ['Gruppen', 'Industri'],
  FI: ['Group', 'Teollisuus'],
};

const TLD: Record<Country, string> = { NO: 'no', SE: 'se', DK: 'dk', FI: 'fi' };

/** ASCII for e-mail addresses and domains: ø→o, å→a, æ→ae, ä→a, ö→o, é→e… */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '');
}

export function personName(rng: Random, country: Country): { first: string; last: string } {
  return { first: rng.pick(FIRST[country]), last: rng.pick(LAST[country]) };
}

export function companyName(rng: Random, country: Country, large: boolean): { name: string; domain: string } {
  const stem = rng.pick(COMPANY_STEM[country]);
  const trade = large ? rng.pick(LARGE_TRADE[country]) : rng.pick(TRADES[country]);
  const suffix = large ? SUFFIX[country].large : SUFFIX[country].small;
  const domain = `${fold(stem)}${rng.chance(0.5) ? fold(trade) : ''}.${TLD[country]}`;
  return { name: `${stem} ${trade} ${suffix}`, domain };
}

/** Mobile numbers in each country's usual written form. */
export function phoneNumber(rng: Random, country: Country): string {
  const d = (n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');
  switch (country) {
    case 'NO':
      return `+47 ${rng.pick(['9', '4'])}${d(2)} ${d(2)} ${d(3)}`;
    case 'SE':
      return `+46 7${rng.pick(['0', '2', '3', '6'])}-${d(3)} ${d(2)} ${d(2)}`;
    case 'DK':
      return `+45 ${rng.int(20, 61)} ${d(2)} ${d(2)} ${d(2)}`;
    case 'FI':
      return `+358 4${rng.pick(['0', '4', '5'])} ${d(3)} ${d(4)}`;
  }
}

export function emailAddress(rng: Random, first: string, last: string, domain: string): string {
  const f = fold(first);
  const l = fold(last);
  const local = rng.weighted([`${f}.${l}`, `${f}${l[0]}`, `${f[0]}${l}`, f], [6, 1, 2, 1]);
  return `${local}@${domain}`;
}

/** The language a contact writes in: the local one mostly, English often. */
export function contactLanguage(rng: Random, country: Country): Lang {
  switch (country) {
    case 'NO':
      return rng.chance(0.79) ? 'nb' : 'en';
    case 'SE':
      return rng.chance(0.68) ? 'sv' : 'en';
    default:
      return 'en';
  }
}

/** Drivers and terminal staff customers mention by first name (they are not Chorus users). */
export const DRIVERS: Record<Lang, string[]> = {
  en: ['Ola', 'Janne', 'Mikael', 'Rune', 'Stina', 'Ali', 'Tor', 'Nils'],
  nb: ['Ola', 'Espen', 'Geir', 'Rune', 'Tor', 'Ali', 'Silje', 'Kåre', 'Arne'],
  sv: ['Janne', 'Mikael', 'Björn', 'Ali', 'Nils', 'Stina', 'Kenta', 'Leif'],
};

export const ERP_SYSTEMS: Record<Country, string[]> = {
  NO: ['Visma', 'Tripletex', 'PowerOffice', 'SAP'],
  SE: ['Fortnox', 'Visma', 'Monitor', 'SAP'],
  DK: ['e-conomic', 'Dynamics', 'SAP'],
  FI: ['Netvisor', 'Procountor', 'SAP'],
};
