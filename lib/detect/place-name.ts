// How an English local authority's name is written in Ofsted reports and papers, as a regex source.

/** One word of a name: capitalised, possibly hyphen-joined, directly or by a short lower-case word ("Stoke-on-Trent", "North-East"). */
const NAME_WORD = "[A-Z][\\w’']+(?:-(?:[a-z]{1,5}-)?[A-Z][\\w’']+){0,3}";

/**
 * An authority's name of one to six words, with the joining words names use between capitalised
 * words ("Kingston upon Thames", "Redcar and Cleveland", "Bath and North East Somerset", "Blackburn
 * with Darwen", "Isles of Scilly"). Every repeat starts with a space and a capital, so a match is
 * read one way only. Source: the authority names of data/la-lookup.csv.
 */
export const PLACE_NAME = `${NAME_WORD}(?: (?:(?:and|upon|on|with|of|in) )?${NAME_WORD}){0,5}`;

/** The whole of `text` is an authority-like name (see PLACE_NAME). */
const WHOLE_NAME = new RegExp(`^${PLACE_NAME}$`);
export const isPlaceName = (text: string): boolean => WHOLE_NAME.test(text);
