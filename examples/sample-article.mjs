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
