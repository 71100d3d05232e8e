export * from './parties.ts';
export * from './trajectories.ts';
export * from './funding.ts';
export * from './monitoring.ts';
export * from './evaluations.ts';
export * from './audit.ts';
