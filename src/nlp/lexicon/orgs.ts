/**
 * Well-known international organisations by acronym, for canonical names ("UN" → "United Nations"),
 * and the descriptors that make a lower-case phrase name an institution ("intelligence service").
 */
import { wordTable } from './table.js';

export const ORG_ACRONYMS: Record<string, string> = wordTable({
  UN: 'United Nations', 'U.N.': 'United Nations', EU: 'European Union', 'E.U.': 'European Union',
  NATO: 'NATO', IMF: 'International Monetary Fund', WHO: 'World Health Organization', WTO: 'World Trade Organization',
  OPEC: 'OPEC', ASEAN: 'ASEAN', IAEA: 'International Atomic Energy Agency', UNICEF: 'UNICEF', UNHCR: 'UNHCR',
  OSCE: 'Organization for Security and Co-operation in Europe', ICC: 'International Criminal Court',
  ICJ: 'International Court of Justice', ECB: 'European Central Bank', OECD: 'OECD', G7: 'G7', G8: 'G8', G20: 'G20',
  AU: 'African Union', FBI: 'Federal Bureau of Investigation', CIA: 'Central Intelligence Agency', NSA: 'National Security Agency',
  FIFA: 'FIFA', UEFA: 'UEFA', IOC: 'International Olympic Committee', BBC: 'BBC', CNN: 'CNN', NASA: 'NASA',
  'Fed': 'Federal Reserve', SEC: 'Securities and Exchange Commission', 'Pentagon': 'U.S. Department of Defense',
});

/** Names written as "<Country> <Body>" that have a conventional long form. */
export const GOVERNMENT_BODIES: Record<string, string> = wordTable({
  'foreign ministry': 'Ministry of Foreign Affairs',
  'defence ministry': 'Ministry of Defence',
  'defense ministry': 'Ministry of Defense',
  'interior ministry': 'Ministry of Interior',
  'finance ministry': 'Ministry of Finance',
  'justice ministry': 'Ministry of Justice',
  'health ministry': 'Ministry of Health',
  'trade ministry': 'Ministry of Trade',
  'economy ministry': 'Ministry of Economy',
  'energy ministry': 'Ministry of Energy',
  'education ministry': 'Ministry of Education',
  'foreign office': 'Foreign Office',
  'treasury': 'Department of the Treasury',
  'state department': 'Department of State',
  'defense department': 'Department of Defense',
  'justice department': 'Department of Justice',
  'commerce department': 'Department of Commerce',
  'energy department': 'Department of Energy',
});

/** Lower-case heads of descriptions of institutions ("intelligence service", "central bank"). */
export const INSTITUTION_HEADS = new Set([
  'service', 'agency', 'ministry', 'department', 'council', 'committee', 'commission', 'bank', 'office', 'army', 'navy',
  'parliament', 'government', 'court', 'police', 'forces', 'military', 'command', 'bureau', 'authority', 'party',
]);

/** Kinds of business: "the company", "the carrier", "aircraft manufacturer Boeing". */
export const COMPANY_NOUNS = new Set(['company', 'firm', 'carrier', 'airline', 'automaker', 'carmaker', 'maker', 'manufacturer', 'airframer', 'retailer',
  'insurer', 'lender', 'bank', 'group', 'conglomerate', 'broadcaster', 'network', 'publisher', 'newspaper', 'studio', 'startup',
  'operator', 'provider', 'utility', 'developer', 'supplier', 'producer', 'chipmaker', 'brewer', 'miner', 'railway', 'railroad',
  'exchange', 'fund', 'club', 'team', 'union', 'charity', 'agency']);

/**
 * Organisations that international news names often and that a name tagger trained on 1990s Reuters text types
 * wrongly or misses (checked 2026-11-25: "Taliban" MISC, "Hezbollah" and "Yonhap" places, "Agence France-Presse"
 * and "Boko Haram" persons, "Islamic State" cut to "Islamic", "AFP" untagged): armed and political movements and
 * news agencies, as they are written, with the name the ledger gives them.
 */
export const WELL_KNOWN_ORGS: Record<string, string> = wordTable({
  Taliban: 'Taliban', Hamas: 'Hamas', Hezbollah: 'Hezbollah', Hizbollah: 'Hezbollah', Houthis: 'Houthis',
  'Islamic State': 'Islamic State', ISIS: 'Islamic State', ISIL: 'Islamic State', 'Daesh': 'Islamic State',
  'al-Qaeda': 'al-Qaeda', 'Al-Qaeda': 'al-Qaeda', 'al Qaeda': 'al-Qaeda', 'Al Qaeda': 'al-Qaeda', 'al-Qaida': 'al-Qaeda', 'Al-Qaida': 'al-Qaeda',
  'al-Shabaab': 'al-Shabaab', 'Al-Shabaab': 'al-Shabaab', 'al-Shabab': 'al-Shabaab', 'Al-Shabab': 'al-Shabaab',
  'Boko Haram': 'Boko Haram', 'Wagner Group': 'Wagner Group', 'Muslim Brotherhood': 'Muslim Brotherhood', Fatah: 'Fatah',
  PKK: 'Kurdistan Workers’ Party', FARC: 'FARC',
  'Agence France-Presse': 'Agence France-Presse', 'Agence France Presse': 'Agence France-Presse', AFP: 'Agence France-Presse',
  'Associated Press': 'Associated Press', Reuters: 'Reuters', Xinhua: 'Xinhua', Yonhap: 'Yonhap', KCNA: 'Korean Central News Agency',
  'Korean Central News Agency': 'Korean Central News Agency', TASS: 'TASS', Interfax: 'Interfax', 'RIA Novosti': 'RIA Novosti',
  Kyodo: 'Kyodo', Anadolu: 'Anadolu', 'Al Jazeera': 'Al Jazeera', IRNA: 'IRNA',
});
