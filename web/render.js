// DOM rendering of a result. User text only ever reaches the page through
// textContent / Text nodes, never innerHTML, so pasted markup stays inert text.

/**
 * Fills `container` with `text`, wrapping each mention in <mark class="nl-mention"
 * data-type=TYPE data-entity=ID> and each sentence in <span class="nl-sentence"
 * data-sentence=I>. Returns the list of sentence elements.
 */
export function renderHighlightedText(container, text, result) {
  const doc = container.ownerDocument;
  container.replaceChildren();
  const sentenceElements = [];
  const mentions = result.mentions;
  let m = 0;
  result.sentences.forEach((sentence, index) => {
    const span = doc.createElement('span');
    span.className = 'nl-sentence';
    span.dataset.sentence = String(index);
    if (sentence.boilerplate) span.classList.add('nl-boilerplate');
    let pos = sentence.start;
    while (m < mentions.length && mentions[m].start < sentence.end) {
      const mention = mentions[m++];
      if (mention.start < pos) continue; // overlapping mention: the earlier one won
      if (mention.start > pos) span.append(doc.createTextNode(text.slice(pos, mention.start)));
      const end = Math.min(mention.end, sentence.end);
      const mark = doc.createElement('mark');
      mark.className = 'nl-mention';
      mark.dataset.type = mention.type;
      if (mention.entity !== null && mention.entity !== undefined) mark.dataset.entity = String(mention.entity);
      mark.title = mention.type;
      mark.textContent = text.slice(mention.start, end);
      span.append(mark);
      pos = end;
    }
    if (pos < sentence.end) span.append(doc.createTextNode(text.slice(pos, sentence.end)));
    container.append(span);
    sentenceElements.push(span);
  });
  return sentenceElements;
}
