// Closed-class words the attribution rules walk over, and the token tests they share. Norms: lower case,
// straight apostrophes.
import type { Token } from '../doc.js';

export const AUX = new Set(['has', 'have', 'had', 'having', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do', "'s", "'ve", "'d", "'ll", 'wo', 'ca', 'also']);
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'re", "'m", 'get', 'gets', 'got', 'gotten', 'getting']);
export const NEG = new Set(['not', "n't", 'never']);
/** adverbs that are not part of a verb group */
export const NOT_ADV = new Set(['so', 'as', 'how', 'where', 'when', 'why', 'there', 'here', 'what', 'thus', 'else', 'too', 'very', 'more', 'most', 'less', 'least']);
export const TIME = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'earlier', 'later', 'recently']);
export const TIME_LEAD = new Set(['on', 'last', 'this', 'earlier', 'late', 'early', 'next', 'in', 'that', 'friday', 'saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday']);
export const SUBJECT_PRON = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'who', 'which', 'that', 'one', 'someone', 'somebody', 'everyone', 'everybody', 'anyone', 'nobody', 'no one', 'many', 'some', 'others', 'most', 'few', 'several', 'both', 'all', 'none', 'each', 'either', 'neither', 'whoever']);
export const QUANT = new Set(['many', 'some', 'others', 'most', 'few', 'several', 'both', 'all', 'none', 'one', 'majority', 'plurality', 'half', 'third', 'thirds', 'quarter', 'quarters', 'everyone', 'anyone', 'someone', 'nobody']);
export const FIRST_SECOND = new Set(['i', 'we', 'you', 'me', 'us']);
export const RELATIVE = new Set(['who', 'which', 'that']);
export const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
export const REFLEXIVE = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves']);
/** prepositions inside a source noun phrase: "a spokesman for the Pentagon", "the director of the FBI" */
export const NP_PREP = new Set(['of', 'for', 'at']);
export const QUOTE = new Set(['"', "'", "''", '``', '`']);
/** words tagged as prepositions that open a clause with its own subject: "as Mr. Sykes said" */
export const CLAUSE_OPENER = new Set(['as', 'like', 'because', 'since', 'after', 'before', 'while', 'when', 'if', 'although', 'though', 'until', 'unless', 'once', 'whether', 'than']);
export const CLAUSE_LINK = new Set(['and', 'but', 'then', 'or', 'yet']);
/** words before a participle that make it an adverbial of the main clause: "…, saying", "after saying" */
export const ING_LEAD = new Set([',', 'and', 'after', 'before', 'while', 'when', 'by', 'in', 'without', 'since', '-', ';']);
/** what may follow the subject of "“…,” said X": "said X in a statement", "said X on Tuesday" */
export const INVERT_NEXT = new Set(['who', 'which', 'in', 'on', 'at', 'during', 'after', 'before', 'while', 'when', 'as', 'via', 'to', 'of', 'about', 'recently', 'later', 'earlier', 'last', 'this']);

export const isQuote = (t: Token) => QUOTE.has(t.norm);
const OPEN_CLASS = new Set(['NOUN', 'PROPN', 'NUM', 'VERB', 'ADJ', 'ADV', 'X']);
/** A noun, a number, or a capitalised word the tagger took for something else ("Mr. Hedge/VERB said") */
export const isNounish = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || (OPEN_CLASS.has(t.pos) && t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90 && t.text.length > 1 && t.text[1] !== t.text[1].toUpperCase());

export const OBJECT_PRON = new Set(['him', 'her', 'them', 'it', 'me', 'us', 'himself', 'herself', 'themselves', 'itself', 'this', 'that', 'you']);
