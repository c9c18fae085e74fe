import { defineStage } from '../../pipeline/stage.js';
export const demandsStage = defineStage({ name: 'demands', version: '0', requires: ['sentences', 'tokens'], adds: ['demands'], run: () => ({ demands: [] }) });
