/** The knowledge base: loading (once), candidate lookup, roles over time, reference resolution. */
export { loadKb, KB_DIR, deriveSurnames, type Kb } from './load.js';
export { lookup, scanAliases, caseAgrees, type Candidate, type AliasMatch } from './candidates.js';
export { normaliseName, normaliseText, idFromName } from './normalise.js';
export { rolesAt, roleValidOn, actorValidOn, roleAnswers } from './roles.js';
export { resolveReference, resolveReferenceIn, type Resolved, type ReferenceContext } from './reference.js';
export type { KbActor, KbCountry, KbRole, AliasEntry, AliasKind } from './types.js';
