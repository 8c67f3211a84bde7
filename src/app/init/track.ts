import type { ProfileInput } from '../../domain/profile-schema.js';

/** An IOP track template (templates/tracks/*.yaml): a named, typical schedule to start from. */
export interface Track {
  /** File name without extension, e.g. `evening`. */
  key: string;
  name: string;
  description: string;
  /** The `iop` part of a profile, without a start date (the person gives it). */
  iop: Omit<NonNullable<ProfileInput['iop']>, 'startDate'>;
}
