import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { templatesDir } from '../../adapters/files/templates-dir.js';
import { profileSchema } from '../../domain/profile-schema.js';
import type { Track } from './track.js';

/** The order people meet them in: by time of day, then the intensive and the remote ones. */
const ORDER = ['morning', 'afternoon', 'evening', '5-day', 'virtual-morning', 'virtual'];

const iopSchema = profileSchema.shape.iop.unwrap().omit({ startDate: true });

/** Every track template, checked against the profile schema (a broken template is left out). */
export function loadTracks(folder = join(templatesDir(), 'tracks')): Track[] {
  if (!existsSync(folder)) return [];
  const tracks: Track[] = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.yaml'))) {
    const doc = parse(readFileSync(join(folder, file), 'utf8')) as Partial<Track> | null;
    const iop = iopSchema.safeParse(doc?.iop);
    if (!doc?.name || !iop.success) continue;
    tracks.push({
      key: file.replace(/\.yaml$/, ''),
      name: doc.name,
      description: doc.description ?? '',
      iop: iop.data,
    });
  }
  const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
  return tracks.sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}
