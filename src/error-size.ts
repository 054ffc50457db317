/** The most issues an `InvalidCallback` lists; the rest are counted in `omitted`. */
export const MAX_ISSUES = 100;
