// The demo page: loads the sample article, analyzes on click, renders safely.
import { createAnalyzer } from './index.js';
import { renderHighlightedText } from './render.js';

const textarea = document.getElementById('article');
const button = document.getElementById('analyze');
const status = document.getElementById('status');
const stats = document.getElementById('stats');
const output = document.getElementById('result-text');

async function loadSample() {
  const response = await fetch(new URL('samples/us-china-talks.txt', import.meta.url));
  if (response.ok && !textarea.value) textarea.value = await response.text();
}

function showResult(text, result) {
  const s = result.stats;
  stats.textContent = `${s.words} words · ${s.sentences} sentences · ${s.readingMinutes} min read · ` +
    `${result.mentions.length} mentions · ${result.timing.ms.toFixed(1)} ms`;
  renderHighlightedText(output, text, result);
}

try {
  const [analyzer] = await Promise.all([createAnalyzer(), loadSample()]);
  const run = () => {
    const text = textarea.value;
    try {
      showResult(text, analyzer.analyze(text));
      status.textContent = 'Done';
    } catch (error) {
      status.textContent = `Could not analyze: ${error.message}`;
    }
  };
  button.addEventListener('click', run);
  button.disabled = false;
  status.textContent = 'Ready';
  document.body.dataset.ready = 'true';
} catch (error) {
  status.textContent = `Could not load NewsLens: ${error.message}`;
}
