import { defineStage } from '../../pipeline/stage.js';
export const figuresStage = defineStage({ name: 'figures', version: '0', requires: ['sentences', 'tokens'], adds: ['figures'], run: () => ({ figures: [] }) });
