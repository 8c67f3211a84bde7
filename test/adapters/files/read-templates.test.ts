import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exampleProfilePath,
  listExampleProfiles,
  readShippedTemplate,
  readTemplateFile,
  readTrackFiles,
} from '../../../src/adapters/files/read-templates.js';
import { UserError } from '../../../src/errors.js';

describe('read-templates', () => {
  it('reads the shipped plan templates and lists the example profiles', async () => {
    expect(readShippedTemplate('plan.md').length).toBeGreaterThan(0);
    const names = await listExampleProfiles();
    expect(names).toContain('evening-iop-parent');
    expect(exampleProfilePath('evening-iop-parent')).toMatch(/templates[/\\]profiles[/\\]evening-iop-parent\.yaml$/);
  });

  it('reads a --template file, and refuses a folder as a UserError naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iop-plan-templates-'));
    writeFileSync(join(dir, 'mine.md'), '# <%= it.title %>');
    expect(readTemplateFile(join(dir, 'mine.md'))).toBe('# <%= it.title %>');
    expect(() => readTemplateFile(dir)).toThrow(UserError);
    expect(() => readTemplateFile(dir)).toThrow(/is not a regular file/);
    expect(() => readTemplateFile(join(dir, 'missing.md'))).toThrow(/cannot read .* \(ENOENT\)/);
  });

  it('gives the track files by key, and none for a missing folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iop-plan-tracks-'));
    writeFileSync(join(dir, 'evening.yaml'), 'name: Evening\n');
    writeFileSync(join(dir, 'notes.txt'), 'not a track');
    expect(readTrackFiles(dir)).toEqual([{ key: 'evening', text: 'name: Evening\n' }]);
    expect(readTrackFiles(join(dir, 'missing'))).toEqual([]);
    expect(readTrackFiles().length).toBeGreaterThan(0);
  });
});
