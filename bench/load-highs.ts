import type { Highs } from 'highs';
import * as highsModule from 'highs';

type Loader = () => Promise<Highs>;

/**
 * The HiGHS loader. Under NodeNext the package's types read as CommonJS (so a default import
 * does not type-check), while at run time its ESM entry exports the loader as `default`.
 */
export const loadHighs: Loader = (highsModule as unknown as { default: Loader }).default;
