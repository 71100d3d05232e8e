export { seedReference } from './reference-seed.ts';
export { seedDemo, hasDemoData } from './demo-seed.ts';
export { generateDemoTrajectories, DEMO_PERIOD } from './demo-trajectories.ts';
export { generateDemoVisits } from './demo-visits.ts';
export * from './reference/index.ts';
