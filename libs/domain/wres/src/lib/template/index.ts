export * from './template-layout';
export * from './template-writing';
export * from './template-reading';
