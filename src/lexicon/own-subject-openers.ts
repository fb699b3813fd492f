/**
 * Words after which a participle has a subject of its own: "with Sen. John McCain calling it …",
 * "– Ryan saying he was …". Of the dashes, the en and em dash and a hyphen standing for one; the
 * horizontal bar and two hyphens, which open a quotation's source ("― Sonia Ruiz"), are not here.
 */
export const OWN_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['-', 'with', '–', '—']);
