/** The in-memory host: write plans applied to plain grids (tests, browser preview). */
export { applyPlanToGrid, markKey, type GridMarks, type GridResult } from './apply';
