export interface Page<T> {
  readonly data: T[];
  readonly nextCursor: string | null;
}

export interface PageRequest {
  readonly limit: number;
  /** Id of the last item of the previous page; lists run newest first by time-ordered id. */
  readonly after?: string;
}
