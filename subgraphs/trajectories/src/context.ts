import type { SubgraphContext } from '@uitstroom/subgraph-kit';
import type { Loaders } from './loaders.ts';

export type Context = SubgraphContext<Loaders>;
