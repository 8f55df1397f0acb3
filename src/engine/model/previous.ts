/** Last period's results (issue 5, PERIOD_JUMP), matched to this period's units by folded name. */

/** One unit of last period's results. */
export interface PreviousUnit {
  readonly name: string;
  readonly total: number | null;
  readonly rank: number | null;
}

/** Last period's results: read by the hosts (a results sheet or file), passed to `assess`. */
export interface PreviousPeriod {
  readonly units: readonly PreviousUnit[];
}
