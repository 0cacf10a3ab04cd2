// Regenerates lib/model/authorities-data.json from the shared lookup table.
// Usage: node scripts/build-authorities.mjs [path/to/la-lookup.csv]
import fs from 'node:fs';

const source = process.argv[2] ?? '../shared/data/la-lookup.csv';

/** Minimal RFC 4180 parser: quoted fields may hold commas. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const [header, ...rows] = parseCsv(fs.readFileSync(source, 'utf8').replace(/^\uFEFF/, ''));
const col = (row, name) => (row[header.indexOf(name)] ?? '').trim();
const list = (s) =>
  s
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

const authorities = rows
  .filter((r) => col(r, 'urn'))
  .map((r) => {
    const name = col(r, 'local_authority_ons_name');
    const aliases = new Set([...list(col(r, 'also_known_as')), col(r, 'ltla23nm'), col(r, 'utla23nm')]);
    aliases.delete(name);
    aliases.delete('');
    return {
      urn: col(r, 'urn'),
      code: col(r, 'la_code'),
      codeNew: col(r, 'la_code_new'),
      name,
      aliases: [...aliases],
      region: col(r, 'region_name'),
      type: col(r, 'ons_la_type'),
      neighbours: list(col(r, 'stat_neighbours')),
    };
  });
fs.writeFileSync('lib/model/authorities-data.json', JSON.stringify(authorities, null, 1) + '\n');
console.log(`wrote ${authorities.length} authorities`);
