export * from './units.ts';
export * from './campaigns.ts';
export * from './households.ts';
export * from './progress.ts';
export * from './public-data.ts';
export * from './pledges.ts';
export * from './payments.ts';
