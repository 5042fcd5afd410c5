import { analyze } from '../src/extract.js';
const { doc } = analyze(process.argv[2], { date: '2000-01-01' });
console.log(doc.diagnostics.map((d) => d.stage + ': ' + d.message.slice(0, 200)));
console.log(doc.events.map((e) => `${e.source?.code}>${e.target?.code} ${e.code} ${e.rule} ${e.modality}`));
