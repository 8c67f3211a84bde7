import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listExamples, loadProfile } from '../../src/app/load-profile.js';
import { ProfileError, UsageError, UserError } from '../../src/errors.js';
import { MINIMAL_YAML, makeSandbox, rejectionOf } from './load-profile-helpers.js';

const MiB = 1024 * 1024;

describe('loadProfile --config', () => {
  it('reads a YAML file relative to the working folder, dates staying dates', async () => {
    const { io, write } = makeSandbox();
    const file = write('me.yaml', MINIMAL_YAML);
    const loaded = await loadProfile({ config: file }, io);
    expect(loaded.file).toBe('me.yaml');
    expect(loaded.profile.iop?.startDate).toBe('2026-11-30');
    expect(loaded.input.iop?.startDate).toBe('2026-11-30');
  });

  it('accepts an absolute path', async () => {
    const { dir, io, write } = makeSandbox();
    write('me.yaml', MINIMAL_YAML);
    expect((await loadProfile({ config: join(dir, 'me.yaml') }, io)).profile.name).toBe('Sam');
  });

  it('accepts a byte-order mark and CRLF line ends', async () => {
    const { io, write } = makeSandbox();
    write('windows.yaml', `\uFEFF${MINIMAL_YAML.replace(/\n/g, '\r\n')}`);
    expect((await loadProfile({ config: 'windows.yaml' }, io)).profile.sleep[0]?.wakeMinute).toBe(390);
  });

  it.each([
    ['a .json file', 'me.json'],
    ['JSON text in a .yaml file', 'me.yaml'],
  ])('reads %s', async (_name, fileName) => {
    const { io, write } = makeSandbox();
    const json = { version: 1, timezone: 'UTC', me: { name: 'Sam' }, sleep: { bedtime: '23:00', wake: '07:00' } };
    write(fileName, JSON.stringify(json, null, 2));
    expect((await loadProfile({ config: fileName }, io)).profile.timezone).toBe('UTC');
  });

  it('reads a YAML flow mapping that starts with "{"', async () => {
    const { io, write } = makeSandbox();
    write(
      'flow.yaml',
      '{ version: 1, timezone: UTC, me: { name: Sam }, sleep: { bedtime: "23:00", wake: "07:00" } }\n',
    );
    expect((await loadProfile({ config: 'flow.yaml' }, io)).profile.name).toBe('Sam');
  });

  // V8 words JSON errors differently across Node versions: the position is what must hold.
  it.each<[string, string, string, RegExp]>([
    ['a JSON syntax error', 'bad.json', '{\n  "version": 1,\n  oops\n}', /^3:3: \S.* \(JSON\)$/],
    ['a JSON unexpected token', 'tru.json', '{"a": tru}', /^1:(7|10): \S.* \(JSON\)$/],
    ['a truncated JSON file', 'cut.json', '{\n  "version": 1, "a": "', /^2:2[0-9]: \S.* \(JSON\)$/],
    ['JSON text with a trailing comma', 'comma.json', '{"version": 1,}', /^1:15: \S.* \(JSON\)$/],
  ])('reports %s as one line with its position', async (_name, fileName, content, expected) => {
    const { io, write } = makeSandbox();
    write(fileName, content);
    const error = await rejectionOf(loadProfile({ config: fileName }, io));
    expect(error).toBeInstanceOf(ProfileError);
    expect(error.file).toBe(fileName);
    expect(error.problems).toEqual([expect.stringMatching(expected)]);
    expect(String((error.problems as string[])[0])).not.toMatch(/position|is not valid JSON/);
  });

  it.each<[string, string, string, string]>([
    [
      'a YAML duplicate key',
      'dup.yaml',
      'version: 1\nme: { name: A }\nversion: 1\n',
      '3:1: duplicate key "version" (YAML)',
    ],
    [
      'a YAML flow error',
      'flow.yaml',
      'version: 1\nsleep: [ { bedtime: "22:00" \n',
      '3:1: Flow map in block collection must be sufficiently indented and end with a } (YAML)',
    ],
    ['a tab-indented YAML file', 'tabs.yaml', 'me:\n\tname: Sam\n', '2:1: Tabs are not allowed as indentation (YAML)'],
    [
      'two YAML documents',
      'two.yaml',
      `${MINIMAL_YAML}---\n${MINIMAL_YAML}`,
      'holds 2 YAML documents (separated by ---); a profile is one',
    ],
    ['an empty file', 'empty.yaml', '  \n', 'is empty; a profile needs at least version, timezone, me and sleep'],
    [
      'a file of comments only',
      'comments.yaml',
      '# nothing yet\n',
      'is empty; a profile needs at least version, timezone, me and sleep',
    ],
  ])('reports %s as one line', async (_name, fileName, content, expected) => {
    const { io, write } = makeSandbox();
    write(fileName, content);
    const error = await rejectionOf(loadProfile({ config: fileName }, io));
    expect(error).toBeInstanceOf(ProfileError);
    expect(error.file).toBe(fileName);
    expect(error.problems).toEqual([expected]);
  });

  it('reads YAML 1.2: yes is text, not true', async () => {
    const { io, write } = makeSandbox();
    write('yes.yaml', `${MINIMAL_YAML}privacy: { familyDetail: yes }\n`);
    const error = await rejectionOf(loadProfile({ config: 'yes.yaml' }, io));
    expect(error.problems).toEqual(['privacy.familyDetail: must be true or false, not "yes"']);
  });

  it('lists every validation problem with the file name', async () => {
    const { io, write } = makeSandbox();
    write('typos.yaml', MINIMAL_YAML.replace('startDate', 'startdate').replace('"21:00"', '"25:00"'));
    const error = await rejectionOf(loadProfile({ config: 'typos.yaml' }, io));
    expect(error).toBeInstanceOf(ProfileError);
    expect(error.file).toBe('typos.yaml');
    expect(error.problems).toEqual([
      'iop.startDate: is required',
      'iop.sessions.0.end: "25:00" is not a time (HH:MM)',
      'iop.startdate: unknown key (did you mean "startDate"?)',
    ]);
  });

  it('refuses a file over 1 MiB before parsing it', async () => {
    const { io, write } = makeSandbox();
    // Broken YAML: a parser would report a syntax error, not the size.
    write('huge.yaml', `version: [\n${'#'.repeat(MiB)}`);
    const started = performance.now();
    const error = await rejectionOf(loadProfile({ config: 'huge.yaml' }, io));
    expect(error.problems).toEqual(['is larger than 1 MiB; a profile is a few kilobytes']);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reads a file of exactly 1 MiB', async () => {
    const { io, write } = makeSandbox();
    const padding = MiB - Buffer.byteLength(MINIMAL_YAML) - 2;
    write('padded.yaml', `${MINIMAL_YAML}#${' '.repeat(padding)}\n`);
    expect((await loadProfile({ config: 'padded.yaml' }, io)).profile.name).toBe('Sam');
  });

  it.each([
    [
      'Latin-1 bytes',
      Buffer.concat([Buffer.from(MINIMAL_YAML.replace('Sam', 'Ren')), Buffer.from([0x23, 0xe9, 0x0a])]),
      'is not UTF-8 text; save it as UTF-8',
    ],
    ['UTF-16 text', Buffer.from(`\uFEFF${MINIMAL_YAML}`, 'utf16le'), 'is UTF-16 text; save it as UTF-8'],
  ])('rejects %s, naming the file', async (_name, bytes, expected) => {
    const { io, write } = makeSandbox();
    write('odd.yaml', bytes);
    const error = await rejectionOf(loadProfile({ config: 'odd.yaml' }, io));
    expect(error).toBeInstanceOf(ProfileError);
    expect(error.file).toBe('odd.yaml');
    expect(error.problems).toEqual([expected]);
  });

  it('stops a YAML alias bomb at once', async () => {
    const { io, write } = makeSandbox();
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9)
          .fill(`*${'abcdefghij'[i - 1]}`)
          .join(', ')}]`,
      );
    write('bomb.yaml', `${lines.join('\n')}\n`);
    const started = performance.now();
    const error = await rejectionOf(loadProfile({ config: 'bomb.yaml' }, io));
    expect(error.problems).toEqual(['uses too many YAML aliases (*name); write the values out']);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each([
    ['flow brackets', `sleep: ${'['.repeat(200_000)}`],
    ['JSON arrays', `{"sleep": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`],
    ['compact block lists', `sleep:\n  ${'- '.repeat(200_000)}x\n`],
  ])('refuses deep nesting (%s) quickly', async (_name, content) => {
    const { io, write } = makeSandbox();
    write('deep.yaml', content);
    const started = performance.now();
    const error = await rejectionOf(loadProfile({ config: 'deep.yaml' }, io));
    expect(error.problems).toEqual(['is nested more than 50 levels deep; a profile needs about five']);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('says "no such file" for a missing file', async () => {
    const { io } = makeSandbox();
    const error = await rejectionOf(loadProfile({ config: 'missing.yaml' }, io));
    expect(error).toBeInstanceOf(UserError);
    expect(error).not.toBeInstanceOf(ProfileError);
    expect(error.message).toBe('missing.yaml: no such file');
  });

  it('says a folder is not a profile file', async () => {
    const { io } = makeSandbox();
    const error = await rejectionOf(loadProfile({ config: '.' }, io));
    expect(error.message).toBe('.: is a folder, not a profile file');
  });

  it('refuses --config together with --example', async () => {
    const { io } = makeSandbox();
    const error = await rejectionOf(loadProfile({ config: 'a.yaml', example: true }, io));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('--config and --example cannot be used together');
  });
});

describe('loadProfile --example', () => {
  it('loads the evening parent example by default', async () => {
    const { io } = makeSandbox();
    const loaded = await loadProfile({ example: true }, io);
    expect(loaded.file).toMatch(/templates[\\/]profiles[\\/]evening-iop-parent\.yaml$/);
    expect(loaded.profile.name).toBe('Dana');
  });

  it.each(['hybrid-iop-family-detail', 'afternoon-iop-sunday-week.yaml'])('loads %s by name', async (name) => {
    const { io } = makeSandbox();
    expect((await loadProfile({ example: name }, io)).file).toContain(name.replace('.yaml', ''));
  });

  it('rejects an unknown name, listing the shipped ones', async () => {
    const { io } = makeSandbox();
    const error = await rejectionOf(loadProfile({ example: 'nightshift' }, io));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe(
      `--example: unknown example "nightshift"; choose one of: ${(await listExamples()).join(', ')}`,
    );
  });

  it('refuses a name that walks out of the templates folder', async () => {
    const { io } = makeSandbox();
    expect(await rejectionOf(loadProfile({ example: '../../package.json' }, io))).toBeInstanceOf(UsageError);
  });

  it('"list" lists the names and exits 0', async () => {
    const { io } = makeSandbox();
    const error = await rejectionOf(loadProfile({ example: 'list' }, io));
    expect(error.exitCode).toBe(0);
    expect(error.message).toContain('evening-iop-parent');
  });

  it('ships the same examples the tests use as fixtures', async () => {
    for (const name of await listExamples()) {
      const shipped = readFileSync(join('templates/profiles', `${name}.yaml`), 'utf8');
      expect(readFileSync(join('test/fixtures/profiles', `${name}.yaml`), 'utf8')).toBe(shipped);
    }
    expect((await listExamples()).length).toBeGreaterThanOrEqual(5);
  });
});

describe('loadProfile without --config or --example', () => {
  it('asks for init, --config or --example when nothing is stored', async () => {
    const { io } = makeSandbox();
    const error = await rejectionOf(loadProfile({}, io));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe('no profile yet: run `iop-plan init`, or pass --config FILE or --example');
  });
});
