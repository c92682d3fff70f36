/** The poster's size in pixels (a phone screen's 9:16, at 2× of 375 pt). */
export const POSTER_WIDTH = 750;
export const POSTER_HEIGHT = 1334;
