/**
 * The time as the application sees it. Everything that compares "now" with a stored due time reads
 * it here, so tests move time forward instead of sleeping.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
