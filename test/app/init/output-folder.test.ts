import { describe, expect, it } from 'vitest';
import { defaultOutputFolder, expandHome } from '../../../src/app/init/output-folder.js';

const none = () => undefined;

describe('defaultOutputFolder: never the current folder', () => {
  it('uses XDG_DOCUMENTS_DIR from the environment', () => {
    expect(defaultOutputFolder({ XDG_DOCUMENTS_DIR: '/home/sam/Docs' }, '/home/sam', none)).toBe(
      '/home/sam/Docs/iop-plan',
    );
  });

  it('reads the documents folder from user-dirs.dirs ($HOME expanded)', () => {
    const dirs =
      '# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR="$HOME/Desktop"\nXDG_DOCUMENTS_DIR="$HOME/Dokumente"\n';
    const read = (file: string) => (file === '/home/sam/.config/user-dirs.dirs' ? dirs : undefined);
    expect(defaultOutputFolder({}, '/home/sam', read)).toBe('/home/sam/Dokumente/iop-plan');
  });

  it('falls back to ~/Documents/iop-plan, also when the documents folder is the home folder itself', () => {
    expect(defaultOutputFolder({}, '/home/sam', none)).toBe('/home/sam/Documents/iop-plan');
    expect(defaultOutputFolder({}, '/home/sam', () => 'XDG_DOCUMENTS_DIR="$HOME/"\n')).toBe(
      '/home/sam/Documents/iop-plan',
    );
    expect(defaultOutputFolder({ XDG_DOCUMENTS_DIR: 'relative' }, '/home/sam', none)).toBe(
      '/home/sam/Documents/iop-plan',
    );
  });

  it('understands ~ in a typed folder', () => {
    expect(expandHome('~/plans', '/home/sam')).toBe('/home/sam/plans');
    expect(expandHome('~', '/home/sam')).toBe('/home/sam');
    expect(expandHome('out', '/home/sam')).toBe('out');
  });
});
