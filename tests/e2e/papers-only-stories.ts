// Two invented Bexley papers and no report: a story that states grades of an early inspection with no
// year, and a blog that dates only the inspection before its own ("the one before was in 2018").
// Compare must not put the story's grades into the 2018 inspection the blog dates.

export const STORY = {
  name: 'bexley-story.txt',
  text: `Bexley children's services found wanting by inspectors

Inspectors have rated Bexley Council's children's services "inadequate" after a visit earlier this summer, according to the findings made public on Thursday.

The overall effectiveness of safeguarding services was judged inadequate, and leadership and management of safeguarding was also found inadequate.

Capacity to improve safeguarding was judged only "adequate".

The overall effectiveness of services for looked after children was judged good.
`,
};

export const BLOG = {
  name: 'bexley-blog.txt',
  text: `Bexley celebrates again

Staff in Bexley are marking another strong result from Ofsted, whose inspectors looked at help and protection, children in care and care leavers.

This is the second inspection running (the one before was in 2018) in which Bexley was judged 'outstanding' by Ofsted.
`,
};
