// The served demo page: <news-lens> with its Worker, plus the demo controls.
import './define.js';
import { startDemo } from './demo-app.js';

startDemo(document, { sampleUrl: new URL('samples/us-china-talks.txt', import.meta.url) });
