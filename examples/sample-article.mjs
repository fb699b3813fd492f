// A short article written for this project (fictional people and places), used by the examples,
// the benchmark and the browser page. It exercises the patterns the library attributes.
export const sampleArticle = `Harbor City Council Delays Vote on Ferry Contract

By Jane Okafor

Harbor City's council put off a vote on the new ferry contract on Tuesday, after residents packed the chamber to demand "a real say" in how the service is run, according to people at the meeting.

"We are not going to rush a thirty-year deal through in one night," said Mayor Elena Vasquez, who chairs the council. "The people who ride these boats deserve to read it first."

She added: "If that costs us a month, it costs us a month."

Councilman Derek Osei, a longtime critic of the contract, called the draft "a giveaway to the operator" and said he would vote against it.

"Every fare increase in this document lands on the same commuters," Osei told reporters after the meeting. "Nobody on this council rides the 6 a.m. boat."

A spokeswoman for Blue Tide Ferries, the company bidding for the contract, said the firm was "disappointed but patient."

"We have answered every question put to us," the spokeswoman said. "We will keep answering them.

"Our crews are ready whenever the city is."

Vasquez said the council would hold two more public hearings before the vote, the first of them on the "Harbor Voices" radio program next week.

"I want every neighborhood to be heard," the mayor said.

Photo: Commuters board the morning ferry at Pier 4. (Sam Lee/Harbor Daily)

From The Harbor Daily`;

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The sample article as a CMS would hold it: the headline in <h1>, a <p> per paragraph with the
 * double quotation marks as entities, the photo caption in a <figure>, and a menu and a script
 * the reader never sees. Used by the browser page's HTML mode.
 */
export const sampleArticleHtml = (() => {
  const [headline, ...paragraphs] = sampleArticle.split('\n\n');
  const inline = (text) =>
    escapeHtml(text)
      .replace(/"([^"]*)"/g, '&ldquo;$1&rdquo;')
      .replace(/'/g, '&rsquo;');
  const blocks = paragraphs.map((p) =>
    p.startsWith('Photo:')
      ? `  <figure>\n    <img src="ferry.jpg" alt="">\n    <figcaption>${inline(p)}</figcaption>\n  </figure>`
      : `  <p>${inline(p)}</p>`,
  );
  return [
    '<nav><a href="/">Home</a> | <a href="/city">City</a></nav>',
    `<article>\n  <header><h1>${inline(headline)}</h1></header>`,
    ...blocks,
    '</article>',
    '<script>window.analytics && window.analytics.track("story");</script>',
  ].join('\n');
})();
