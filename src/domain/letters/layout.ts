/**
 * Where things sit on an A4 letter so that the address shows in the window of a Belgian window envelope.
 * Measurements and their sources: docs/brieven.md ("Vensteromslag").
 *
 * Envelope: DL (110 × 220 mm, ISO 269), window on the right, 90 × 45 mm, 20 mm from the right edge and 15 mm
 * from the bottom edge. bpost asks that the window leaves the top 40 mm free (franking zone) and that nothing
 * but the address shows in it. The A4 sheet is folded in three (99 mm panels); in the envelope it can move up
 * to 11 mm down and 5 mm sideways, so the address sits in the part of the window that stays visible:
 * 50–84 mm from the top of the sheet and 110–190 mm from its left edge.
 */
export const MM_TO_PT = 72 / 25.4;

export const PAGE = { widthMm: 210, heightMm: 297 } as const;

export const MARGINS = { topMm: 15, leftMm: 22, rightMm: 20, bottomMm: 18 } as const;

export const WINDOW = {
  /** The always-visible part of the window, on the sheet (see above). */
  visibleTopMm: 50,
  visibleBottomMm: 84,
  visibleLeftMm: 110,
  visibleRightMm: 190,
} as const;

/** Default position of the first address line (top-left corner of the block), from Instellingen. */
export const ADDRESS = { leftMm: 115, topMm: 55, maxLines: 5, lineMm: 5, widthMm: 75 } as const;

/** The two folds of a letter folded in three for a DL envelope: small marks in the left margin. */
export const FOLDS_MM = [99, 198] as const;

/** Where the letter's text starts: below the window area and the first fold. */
export const BODY_TOP_MM = 102;

/** Keeps a configured address position inside the visible window; a wrong number falls back to the default. */
export function addressPosition(leftSetting: string, topSetting: string): { leftMm: number; topMm: number } {
  const left = Number(leftSetting.replace(',', '.'));
  const top = Number(topSetting.replace(',', '.'));
  const blockHeight = ADDRESS.maxLines * ADDRESS.lineMm;
  const leftOk = Number.isFinite(left) && left >= WINDOW.visibleLeftMm && left + 40 <= WINDOW.visibleRightMm;
  const topOk = Number.isFinite(top) && top >= WINDOW.visibleTopMm && top + blockHeight <= WINDOW.visibleBottomMm + 5;
  return { leftMm: leftOk ? left : ADDRESS.leftMm, topMm: topOk ? top : ADDRESS.topMm };
}
