// Reads the embedded sample article and prints each quotation with its speaker, then the
// speakers with their quotations. Run it with `npm run example` (it builds the library first).
import { analyzeArticle } from '../dist/index.js';
import { sampleArticle } from './sample-article.mjs';

const { paragraphs, quotes, speakers } = analyzeArticle(sampleArticle);

console.log(
  `${paragraphs.length} paragraphs, ${quotes.length} quotations, ${speakers.length} speakers\n`,
);
for (const q of quotes) {
  const who = q.speaker ? `${q.speaker.name} (${q.speaker.id})` : '— not attributed';
  const how = q.speaker
    ? `via "${q.mention?.text}" + "${q.cue?.text ?? '…'}", ${q.reason}`
    : q.reason;
  console.log(`“${q.text}”\n    ${q.kind} quote → ${who}; ${how}; confidence ${q.confidence}\n`);
}
console.log('Speakers:');
for (const s of speakers) {
  console.log(
    `  ${s.id} ${s.name} [${s.kind}]${s.aliases.length ? ` also “${s.aliases.join('”, “')}”` : ''}: ${s.quotes.length} quotation(s)`,
  );
}
