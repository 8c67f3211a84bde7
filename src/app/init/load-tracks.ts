import { parse } from 'yaml';
import { readTrackFiles } from '../../adapters/files/read-templates.js';
import { profileSchema } from '../../domain/profile-schema.js';
import type { Track } from './track.js';

/** The order people meet them in: by time of day, then the intensive and the remote ones. */
const ORDER = ['morning', 'afternoon', 'evening', '5-day', 'virtual-morning', 'virtual'];

const iopSchema = profileSchema.shape.iop.unwrap().omit({ startDate: true });

/** Every track template, checked against the profile schema (a broken template is left out). */
export function loadTracks(folder?: string): Track[] {
  const tracks: Track[] = [];
  for (const { key, text } of readTrackFiles(folder)) {
    const doc = parse(text) as Partial<Track> | null;
    const iop = iopSchema.safeParse(doc?.iop);
    if (!doc?.name || !iop.success) continue;
    tracks.push({
      key,
      name: doc.name,
      description: doc.description ?? '',
      iop: iop.data,
    });
  }
  const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
  return tracks.sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}
