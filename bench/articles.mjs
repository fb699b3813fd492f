// Short articles written for this project (fictional people, places and firms) for the benchmark,
// so `npm run bench` has something to read when the shared evaluation data is not present.
export const benchArticles = [
  `Riverside School Board Approves Later Start Times

By Tomas Lindqvist

The Riverside school board voted 5 to 2 on Monday night to push the start of the high school day to 8:45 a.m., ending a debate that has run for almost two years.

"Teenagers are not lazy, they are tired," said board president Amara Nwosu, who proposed the change. "The research on this has been clear for a long time."

Parents who opposed the plan said it would upset bus schedules and after-school jobs. "My son works at the grocery store at four," said Linda Park, who spoke during the public comment period. "Nobody asked the employers."

Superintendent Victor Hale said the district would add two bus routes and publish the new timetable by June. He called the vote "the right decision, made carefully."

The change takes effect in the fall.`,

  `Storm Leaves Thousands Without Power Along the Coast

A late-season storm knocked out power to about 40,000 homes along the northern coast on Saturday, according to Coastline Electric, the region's main utility.

"Our crews have been out since before dawn and will stay out until every customer is back on," a company spokesman said in a statement. "We ask people to stay away from downed lines."

In Port Adler, where the harbor wall was breached, residents spent the afternoon sandbagging shops on Front Street.

"I've lived here 52 years and I have never seen the water this high," said Marguerite Olsen, 74, who runs a bakery near the pier. She said she lost "everything in the walk-in freezer."

Governor Ray Castillo declared a state of emergency for three counties late Saturday. "We will get help to these towns as fast as the roads allow," Castillo told reporters in the capital.

The weather service warned that a second band of rain could arrive Sunday night.`,

  `Startup Promises Cheaper Batteries, Skeptics Want Data

Voltaic Labs, a battery startup based in Millbrook, says it has found a way to cut the cost of grid storage in half. The company's chief executive, Priya Raman, made the claim at an industry conference on Thursday.

"We are not talking about a lab curiosity," Raman said. "We have a pilot line running today."

Independent researchers were more cautious. Dr. Henrik Solberg, who studies energy storage at Northgate University, said the company had not published enough to judge.

"Extraordinary claims need extraordinary data," he said. "I would love for this to be true, but I have not seen the cycle-life numbers."

Raman said the company would release test results "within the quarter" and invited outside labs to verify them.

"Let them come and look," she said.`,
];
