export { renderRoadmapPdf, warmUpRenderer } from './render.ts';
export { roadmapPdfData, type RoadmapDataInput } from './data.ts';
export type * from './types.ts';
export { PDF_EDITIONS } from './types.ts';
