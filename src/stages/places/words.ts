/**
 * Word lists the places stage reads context from. Lower-case; compiled once.
 */

/** Words after a name that say which kind of place it is (`Helmand province`, `Gaza City`). */
export const ADMIN_WORDS = new Set([
  'province', 'provinces', 'state', 'governorate', 'region', 'district', 'county', 'oblast',
  'prefecture', 'department', 'parish', 'territory', 'canton',
]);
export const CITY_WORDS = new Set(['city', 'town', 'village', 'port', 'capital']);

/** Capitalised words that may stand before a place name without making it part of another name. */
export const GEO_MODIFIERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-east', 'north-west',
  'south-east', 'south-west', 'upper', 'lower', 'greater', 'downtown', 'rural', 'coastal',
  'in', 'at', 'from', 'to', 'near', 'across', 'outside', 'inside', 'the', 'and', 'of', 'for', 'by',
  'with', 'on', 'into', 'both', 'neighbouring', 'neighboring', 'but', 'while', 'as', 'after',
  'before', 'like', 'than', 'between', 'against', 'over', 'under', 'about', 'if', 'when', 'since',
  'until', 'via', 'where', 'unlike', 'including', 'both', 'all', 'a', 'an', 'his', 'her', 'its',
  'their', 'our', 'this', 'that', 'these', 'those', 'mainland', 'war-torn', 'oil-rich',
]);

/** Words after a capitalised name that make it a person's or an organisation's, not a place's. */
export const NAME_TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'president', 'minister', 'prime', 'king', 'queen', 'prince', 'princess',
  'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'gen', 'general', 'col', 'colonel',
  'lt', 'capt', 'captain', 'sgt', 'judge', 'justice', 'pope', 'sheikh', 'sir', 'lord', 'lady',
  'mayor', 'secretary', 'chancellor', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'coach',
  'chairman', 'rev', 'saint', 'st', 'mullah', 'ayatollah', 'emir', 'crown', 'speaker', 'commander',
  'archbishop', 'bishop', 'cardinal', 'imam', 'rabbi', 'patriarch', 'chief',
]);

/** Month and weekday names: never a place on their own (`May`, `March`, `Sunday`). */
export const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Capitalised words after a place name that keep it a place (`Kabul Province`, `Gaza Strip`). */
export const PLACE_TAILS = new Set([...ADMIN_WORDS, ...CITY_WORDS, 'peninsula', 'coast', 'mountains', 'islands', 'island', 'sea', 'gulf', 'strip', 'region', 'area', 'border', 'airport', 'governorate', 'district']);

/** Prepositions of place: a small town after one of these is more likely meant. */
export const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'into', 'across', 'around', 'towards', 'toward', 'via']);

/** Capitalised words a place name is often followed by in headlines and titles (`US Government`). */
export const FOLLOWERS = new Set([
  'government', 'army', 'forces', 'police', 'officials', 'authorities', 'embassy', 'consulate',
  'foreign', 'defence', 'defense', 'interior', 'ministry', 'president', 'premier', 'parliament',
  'navy', 'air', 'military', 'troops', 'rebels', 'opposition', 'talks', 'border', 'says', 'said',
  'i', 'the', 'a', 'in', 'on', 'and', 'to', 'for', 'of', 'as', 'at', 'is', 'was', 'will', 'has',
]);

/**
 * Words that name some village or district in GeoNames but, alone and capitalised, are nearly
 * always part of another name (`West Wing`, `Valley`, `University of ...`, `North Africa`).
 */
export const LONE_STOP = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeast', 'northwest', 'southeast', 'southwest', 'middle', 'upper', 'lower', 'greater',
  'valley', 'university', 'college', 'summit', 'union', 'national', 'international', 'capital',
  'city', 'state', 'centre', 'center', 'new', 'old', 'great', 'little', 'mount', 'port', 'lake',
  'river', 'sea', 'bay', 'island', 'islands', 'saint', 'st', 'san', 'santa', 'fort', 'park',
  'hospital', 'airport', 'station', 'bridge', 'street', 'road', 'square', 'district', 'county',
  'province', 'region', 'republic', 'kingdom', 'empire', 'federal', 'democratic', 'independence',
  'liberty', 'victory', 'hope', 'unity', 'progress', 'paradise', 'police', 'army', 'white',
  'black', 'green', 'red', 'blue', 'gold', 'silver', 'pearl', 'crystal', 'golden', 'royal',
  'mobile', 'reading', 'bath', 'deal', 'best', 'most', 'said', 'man', 'sale', 'nice', 'split', 'of',
  'march', 'may', 'university', 'home', 'school', 'church', 'village', 'town', 'trump', 'president',
  'congress', 'parliament', 'senate', 'assembly', 'council', 'english', 'gulf', 'coast', 'border',
]);
