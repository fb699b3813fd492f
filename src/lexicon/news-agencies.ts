/**
 * News agencies and wire services as written in a dateline: "WASHINGTON (AP) —", "Paris (AFP) –".
 */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set(['AFP', 'AP', 'CNN', 'Reuters', 'UPI']);
