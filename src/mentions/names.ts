/**
 * Common given names and the gender they most often tell, for resolving "he" and "she" to a
 * person named in full. A name missing here leaves the person's gender unknown, which is
 * compatible with either pronoun, so the table only has to be right, not complete.
 */
export const GIVEN_NAMES = {
  male:
    'aaron adam adrian al alan albert alex alexander alfred andrew andy anthony antony antonio ' +
    'arnold austin barack ben benjamin bernie bill billy bob bobby brad bradley brandon brendan brett ' +
    'brian bruce bryan carl carlos charles charlie chris christian christopher chuck clarence colin ' +
    'craig dan daniel danny darren dave david dennis derek devin dick don donald doug douglas dwight ' +
    'ed eddie edward eli elijah eric ernest eugene evan frank franklin fred frederick gary gavin george ' +
    'gerald glenn gordon greg gregory harold harry henry howard hugh ian isaac jack jacob jake james ' +
    'jared jason jay jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon ' +
    'jonathan jordan jose joseph josh joshua juan julian justin keith ken kenneth kevin kyle larry ' +
    'lawrence lee leon leonard lindsey lloyd louis luis luke marco marcus mario mark martin matt ' +
    'matthew max michael mick mike mitch mitt mohammed muhammad nathan neil nicholas nick noah oliver ' +
    'omar oscar pat patrick paul pete peter phil philip rafael ralph randy ray raymond reince reuben ' +
    'richard rick rob robert roberto rod roger ron ronald ross roy rudy russell ryan sam samuel scott ' +
    'sean sergei sergey seth shawn simon stephen steve steven stuart ted terry thomas tim timothy tom ' +
    'tommy tony travis trey tyler vladimir walter wayne willard william zach',
  female:
    'abigail alexandra alexandria alice alicia allison amanda amy andrea angela ann anna anne ' +
    'barbara betsy betty beverly brenda brittany carly carol caroline carolyn catherine cathy ' +
    'chelsea cheryl christina christine cindy claire clara claudia courtney cynthia dana deborah ' +
    'debbie debra denise diana diane donna doris dorothy elaine elizabeth ellen emily emma erin ' +
    'evelyn gillian gina gloria grace hannah heather heidi helen hillary hope huma ivanka jacqueline ' +
    'jan jane janet janice jean jennifer jessica jill joan joanna joni joy joyce judith judy julia ' +
    'julie karen kate katherine kathleen kathy katie kay kayleigh kellyanne kelly kim kimberly kirsten ' +
    'kristen laura lauren linda lisa liz loretta lori louise lucy lynn madeleine maggie marcia margaret ' +
    'maria marie marilyn marine marise martha mary megan melania melissa michele michelle monica nancy ' +
    'natalie nicole nikki nina olivia pam pamela patricia paula rachel rebecca rose ruth sally samantha ' +
    'sandra sara sarah sharon shirley sonia sophie stephanie sue susan suzanne tammy tara teresa ' +
    'theresa tiffany tulsi valerie vanessa victoria virginia wendy whitney',
} as const;

/** Given name (lower-cased) → gender. */
export const GIVEN_NAME_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map(
  (Object.entries(GIVEN_NAMES) as Array<['male' | 'female', string]>).flatMap(([gender, names]) =>
    names.split(' ').map((n) => [n, gender]),
  ),
);
