/** The country a support line is chosen for, from the profile's time zone. */
export type SupportRegion = 'us' | 'ca' | 'uk' | 'ie' | 'au' | 'other';

/** US and Canadian crisis lines and helplines, by the country the zone lies in (DESIGN §2). */
export const SUPPORT_LINES: Record<SupportRegion, string> = {
  us: 'In crisis? Call or text 988 (Suicide & Crisis Lifeline). SAMHSA helpline: 1-800-662-4357 (free, confidential, 24/7).',
  ca: 'In crisis? Call or text 9-8-8 (Suicide Crisis Helpline), free, any time.',
  uk: 'In crisis? Call Samaritans free on 116 123, any time, day or night.',
  ie: 'In crisis? Call Samaritans free on 116 123, any time, day or night.',
  au: 'In crisis? Call Lifeline on 13 11 14, any time, day or night.',
  other: 'In crisis or in danger? Call your local emergency number, or go to the nearest emergency department.',
};

/** IANA zones (canonical and legacy links) of the United States outside the generic prefixes below. */
const US_ZONES = new Set([
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Phoenix',
  'America/Anchorage',
  'America/Adak',
  'America/Boise',
  'America/Detroit',
  'America/Juneau',
  'America/Sitka',
  'America/Metlakatla',
  'America/Yakutat',
  'America/Nome',
  'America/Menominee',
  'America/Fort_Wayne',
  'America/Indianapolis',
  'America/Knox_IN',
  'America/Louisville',
  'America/Shiprock',
  'America/Atka',
  'America/Puerto_Rico',
  'America/St_Thomas',
  'America/Virgin',
  'Pacific/Honolulu',
  'Pacific/Johnston',
  'Pacific/Guam',
  'Pacific/Saipan',
  'Pacific/Pago_Pago',
  'Pacific/Samoa',
  'Navajo',
  'EST5EDT',
  'CST6CDT',
  'MST7MDT',
  'PST8PDT',
]);

const CA_ZONES = new Set([
  'America/Toronto',
  'America/Montreal',
  'America/Vancouver',
  'America/Edmonton',
  'America/Winnipeg',
  'America/Regina',
  'America/Swift_Current',
  'America/Halifax',
  'America/Glace_Bay',
  'America/Moncton',
  'America/Goose_Bay',
  'America/St_Johns',
  'America/Whitehorse',
  'America/Dawson',
  'America/Dawson_Creek',
  'America/Fort_Nelson',
  'America/Creston',
  'America/Yellowknife',
  'America/Inuvik',
  'America/Cambridge_Bay',
  'America/Iqaluit',
  'America/Pangnirtung',
  'America/Rankin_Inlet',
  'America/Resolute',
  'America/Atikokan',
  'America/Coral_Harbour',
  'America/Blanc-Sablon',
  'America/Nipigon',
  'America/Thunder_Bay',
  'America/Rainy_River',
]);

const UK_ZONES = new Set([
  'Europe/London',
  'Europe/Belfast',
  'Europe/Jersey',
  'Europe/Guernsey',
  'Europe/Isle_of_Man',
  'GB',
  'GB-Eire',
]);
const IE_ZONES = new Set(['Europe/Dublin', 'Eire']);

/** The country of an IANA zone, as far as the support line needs it. */
export function supportRegionOf(zone: string): SupportRegion {
  if (US_ZONES.has(zone) || zone.startsWith('US/') || zone.startsWith('America/Indiana/')) return 'us';
  if (zone.startsWith('America/Kentucky/') || zone.startsWith('America/North_Dakota/')) return 'us';
  if (CA_ZONES.has(zone) || zone.startsWith('Canada/')) return 'ca';
  if (UK_ZONES.has(zone)) return 'uk';
  if (IE_ZONES.has(zone)) return 'ie';
  if (zone.startsWith('Australia/')) return 'au';
  return 'other';
}

/**
 * The one-line support note (DESIGN §2, §4): the person's own `support.line` when given, else the
 * crisis line of the zone's country, else a sentence pointing to local emergency services.
 */
export function supportLine(profile: { supportNote: string | undefined; timezone: string }): string {
  return profile.supportNote ?? SUPPORT_LINES[supportRegionOf(profile.timezone)];
}
