/*
 * phone_metadata.c
 *		Per-region dialling rules from libphonenumber's metadata.
 *
 * GENERATED FILE - DO NOT EDIT.
 * Source: libphonenumber-js 1.13.16, metadata of libphonenumber 9.0.43
 * (npm package libphonenumber-js, file metadata.max.json, metadata format v4).
 * Regenerate with:
 *		cd tools/phone_metadata && npm ci && node gen_metadata.mjs
 *
 * 254 entries, sorted by calling code, the main region of each
 * calling code first, then by region; "001" = non-geographic entity.
 * Regexes are exactly as in libphonenumber's metadata; the syntax they use is
 * listed in tools/phone_metadata/README.md, as are the field semantics.
 * possible_lengths_local_only is always 0: libphonenumber-js does not keep
 * local-only lengths.
 *
 * libphonenumber is Copyright (C) Google Inc., Apache License 2.0;
 * libphonenumber-js is MIT licensed.
 */
#include "phone_metadata.h"

#include <stddef.h>

const char phone_metadata_source[] = "libphonenumber-js 1.13.16, metadata of libphonenumber 9.0.43";

const PhoneRegion phone_regions[] = {
	{ /* US +1 (main); lengths 10 */
		"US", 1, true,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2-9]\\d{9}|3\\d{6}",
		0x00000400, 0x00000000
	},
	{ /* AG +1; lengths 10 */
		"AG", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([457]\\d{6})$|1",
		/* national_prefix_transform_rule */ "268$1",
		/* national_number_pattern */
		"(?:268|[58]\\d\\d|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* AI +1; lengths 10 */
		"AI", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([2457]\\d{6})$|1",
		/* national_prefix_transform_rule */ "264$1",
		/* national_number_pattern */
		"(?:264|[58]\\d\\d|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* AS +1; lengths 10 */
		"AS", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([267]\\d{6})$|1",
		/* national_prefix_transform_rule */ "684$1",
		/* national_number_pattern */
		"(?:[58]\\d\\d|684|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* BB +1; lengths 10 */
		"BB", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([2-9]\\d{6})$|1",
		/* national_prefix_transform_rule */ "246$1",
		/* national_number_pattern */
		"(?:246|[58]\\d\\d|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* BM +1; lengths 10 */
		"BM", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([2-9]\\d{6})$|1",
		/* national_prefix_transform_rule */ "441$1",
		/* national_number_pattern */
		"(?:441|[58]\\d\\d|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* BS +1; lengths 10 */
		"BS", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([3-8]\\d{6})$|1",
		/* national_prefix_transform_rule */ "242$1",
		/* national_number_pattern */
		"(?:242|[58]\\d\\d|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* CA +1; lengths 7,10 */
		"CA", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2-9]\\d{9}|3\\d{6}",
		0x00000480, 0x00000000
	},
	{ /* DM +1; lengths 10 */
		"DM", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([2-7]\\d{6})$|1",
		/* national_prefix_transform_rule */ "767$1",
		/* national_number_pattern */
		"(?:[58]\\d\\d|767|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* DO +1; lengths 10 */
		"DO", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[58]\\d\\d|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* GD +1; lengths 10 */
		"GD", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([2-9]\\d{6})$|1",
		/* national_prefix_transform_rule */ "473$1",
		/* national_number_pattern */
		"(?:473|[58]\\d\\d|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* GU +1; lengths 10 */
		"GU", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([2-9]\\d{6})$|1",
		/* national_prefix_transform_rule */ "671$1",
		/* national_number_pattern */
		"(?:[58]\\d\\d|671|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* JM +1; lengths 10 */
		"JM", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[58]\\d\\d|658|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* KN +1; lengths 10 */
		"KN", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([2-7]\\d{6})$|1",
		/* national_prefix_transform_rule */ "869$1",
		/* national_number_pattern */
		"(?:[58]\\d\\d|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* KY +1; lengths 10 */
		"KY", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([2-9]\\d{6})$|1",
		/* national_prefix_transform_rule */ "345$1",
		/* national_number_pattern */
		"(?:345|[58]\\d\\d|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* LC +1; lengths 10 */
		"LC", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([2-8]\\d{6})$|1",
		/* national_prefix_transform_rule */ "758$1",
		/* national_number_pattern */
		"(?:[58]\\d\\d|758|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* MP +1; lengths 10 */
		"MP", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([2-9]\\d{6})$|1",
		/* national_prefix_transform_rule */ "670$1",
		/* national_number_pattern */
		"[58]\\d{9}|(?:67|90)0\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* MS +1; lengths 10 */
		"MS", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([34]\\d{6})$|1",
		/* national_prefix_transform_rule */ "664$1",
		/* national_number_pattern */
		"(?:[58]\\d\\d|664|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* PR +1; lengths 10 */
		"PR", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[589]\\d\\d|787)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* SX +1; lengths 10 */
		"SX", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "(5\\d{6})$|1",
		/* national_prefix_transform_rule */ "721$1",
		/* national_number_pattern */
		"7215\\d{6}|(?:[58]\\d\\d|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* TC +1; lengths 10 */
		"TC", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([2-479]\\d{6})$|1",
		/* national_prefix_transform_rule */ "649$1",
		/* national_number_pattern */
		"(?:[58]\\d\\d|649|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* TT +1; lengths 10 */
		"TT", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([2-46-8]\\d{6})$|1",
		/* national_prefix_transform_rule */ "868$1",
		/* national_number_pattern */
		"(?:[58]\\d\\d|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* VC +1; lengths 10 */
		"VC", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([2-7]\\d{6})$|1",
		/* national_prefix_transform_rule */ "784$1",
		/* national_number_pattern */
		"(?:[58]\\d\\d|784|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* VG +1; lengths 10 */
		"VG", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([2-578]\\d{6})$|1",
		/* national_prefix_transform_rule */ "284$1",
		/* national_number_pattern */
		"(?:284|[58]\\d\\d|900)\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* VI +1; lengths 10 */
		"VI", 1, false,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ "([2-9]\\d{6})$|1",
		/* national_prefix_transform_rule */ "340$1",
		/* national_number_pattern */
		"[58]\\d{9}|(?:34|90)0\\d{7}",
		0x00000400, 0x00000000
	},
	{ /* RU +7 (main); lengths 10,14 */
		"RU", 7, true,
		/* idd */ "810",
		/* national_prefix */ "8",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"8\\d{13}|[347-9]\\d{9}",
		0x00004400, 0x00000000
	},
	{ /* KZ +7; lengths 10,14 */
		"KZ", 7, false,
		/* idd */ "810",
		/* national_prefix */ "8",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"8\\d{13}|[78]\\d{9}",
		0x00004400, 0x00000000
	},
	{ /* EG +20 (main); lengths 8,9,10 */
		"EG", 20, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[189]\\d{8,9}|[24-6]\\d{8}|[135]\\d{7}",
		0x00000700, 0x00000000
	},
	{ /* ZA +27 (main); lengths 5,6,7,8,9,10 */
		"ZA", 27, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[1-79]\\d{8}|8\\d{4,9}",
		0x000007e0, 0x00000000
	},
	{ /* GR +30 (main); lengths 10,11,12 */
		"GR", 30, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"5005000\\d{3}|8\\d{9,11}|(?:[269]\\d|70)\\d{8}",
		0x00001c00, 0x00000000
	},
	{ /* NL +31 (main); lengths 5,6,7,8,9,10,11 */
		"NL", 31, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[124-7]\\d\\d|3(?:[02-9]\\d|1[0-8]))\\d{6}|8\\d{6,9}|9\\d{6,10}|1\\d{4,5}",
		0x00000fe0, 0x00000000
	},
	{ /* BE +32 (main); lengths 8,9 */
		"BE", 32, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"4\\d{8}|[1-9]\\d{7}",
		0x00000300, 0x00000000
	},
	{ /* FR +33 (main); lengths 9 */
		"FR", 33, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[1-9]\\d{8}",
		0x00000200, 0x00000000
	},
	{ /* ES +34 (main); lengths 9 */
		"ES", 34, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"400\\d{6}|(?:51|[6-9]\\d)\\d{7}",
		0x00000200, 0x00000000
	},
	{ /* HU +36 (main); lengths 8,9 */
		"HU", 36, true,
		/* idd */ "00",
		/* national_prefix */ "06",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[235-7]\\d{8}|[1-9]\\d{7}",
		0x00000300, 0x00000000
	},
	{ /* IT +39 (main); lengths 6,7,8,9,10,11,12 */
		"IT", 39, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"0\\d{5,11}|1\\d{8,10}|3(?:[0-8]\\d{7,10}|9\\d{7,8})|(?:43|55|70)\\d{8}|8\\d{5}(?:\\d{2,4"
		"})?",
		0x00001fc0, 0x00000000
	},
	{ /* VA +39; lengths 6,7,8,9,10,11,12 */
		"VA", 39, false,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"0\\d{5,10}|3[0-8]\\d{7,10}|55\\d{8}|8\\d{5}(?:\\d{2,4})?|(?:1\\d|39)\\d{7,8}",
		0x00001fc0, 0x00000000
	},
	{ /* RO +40 (main); lengths 6,9 */
		"RO", 40, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[2378]\\d|90)\\d{7}|[23]\\d{5}",
		0x00000240, 0x00000000
	},
	{ /* CH +41 (main); lengths 9,12 */
		"CH", 41, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"8\\d{11}|[2-9]\\d{8}",
		0x00001200, 0x00000000
	},
	{ /* AT +43 (main); lengths 4,5,6,7,8,9,10,11,12,13 */
		"AT", 43, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"1\\d{3,12}|2\\d{6,12}|43(?:(?:0\\d|5[02-9])\\d{3,9}|2\\d{4,5}|[3467]\\d{4}|8\\d{4,6}|9\\"
		"d{4,7})|5\\d{4,12}|8\\d{7,12}|9\\d{8,12}|(?:[367]\\d|4[0-24-9])\\d{4,11}",
		0x00003ff0, 0x00000000
	},
	{ /* GB +44 (main); lengths 7,9,10 */
		"GB", 44, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ "0|180020",
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[1-357-9]\\d{9}|[18]\\d{8}|8\\d{6}",
		0x00000680, 0x00000000
	},
	{ /* GG +44; lengths 7,9,10 */
		"GG", 44, false,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ "([25-9]\\d{5})$|0|180020",
		/* national_prefix_transform_rule */ "1481$1",
		/* national_number_pattern */
		"(?:1481|[357-9]\\d{3})\\d{6}|8\\d{6}(?:\\d{2})?",
		0x00000680, 0x00000000
	},
	{ /* IM +44; lengths 10 */
		"IM", 44, false,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ "([25-8]\\d{5})$|0|180020",
		/* national_prefix_transform_rule */ "1624$1",
		/* national_number_pattern */
		"1624\\d{6}|(?:[3578]\\d|90)\\d{8}",
		0x00000400, 0x00000000
	},
	{ /* JE +44; lengths 10 */
		"JE", 44, false,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ "([0-24-8]\\d{5})$|0|180020",
		/* national_prefix_transform_rule */ "1534$1",
		/* national_number_pattern */
		"1534\\d{6}|(?:[3578]\\d|90)\\d{8}",
		0x00000400, 0x00000000
	},
	{ /* DK +45 (main); lengths 8 */
		"DK", 45, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2-9]\\d{7}",
		0x00000100, 0x00000000
	},
	{ /* SE +46 (main); lengths 6,7,8,9,10,12 */
		"SE", 46, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[26]\\d\\d|9)\\d{9}|[1-9]\\d{8}|[1-689]\\d{7}|[1-4689]\\d{6}|2\\d{5}",
		0x000017c0, 0x00000000
	},
	{ /* NO +47 (main); lengths 5,8 */
		"NO", 47, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:0|[2-9]\\d{3})\\d{4}",
		0x00000120, 0x00000000
	},
	{ /* SJ +47; lengths 5,8 */
		"SJ", 47, false,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"0\\d{4}|(?:[489]\\d|79)\\d{6}",
		0x00000120, 0x00000000
	},
	{ /* PL +48 (main); lengths 6,7,8,9,10 */
		"PL", 48, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:6|8\\d\\d)\\d{7}|[1-9]\\d{6}(?:\\d{2})?|[26]\\d{5}",
		0x000007c0, 0x00000000
	},
	{ /* DE +49 (main); lengths 4,5,6,7,8,9,10,11,12,13,14,15 */
		"DE", 49, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2579]\\d{5,14}|49(?:[34]0|69|8\\d)\\d\\d?|49(?:37|49|60|7[089]|9\\d)\\d{1,3}|49(?:2[024"
		"-9]|3[2-689]|7[1-7])\\d{1,8}|(?:1|[368]\\d|4[0-8])\\d{3,13}|49(?:[015]\\d|2[13]|31|[46]["
		"1-8])\\d{1,9}",
		0x0000fff0, 0x00000000
	},
	{ /* PE +51 (main); lengths 8,9 */
		"PE", 51, true,
		/* idd */ "00|19(?:1[124]|77|90)00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[14-8]|9\\d)\\d{7}",
		0x00000300, 0x00000000
	},
	{ /* MX +52 (main); lengths 10 */
		"MX", 52, true,
		/* idd */ "0[09]",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2-9]\\d{9}",
		0x00000400, 0x00000000
	},
	{ /* CU +53 (main); lengths 6,7,8,10 */
		"CU", 53, true,
		/* idd */ "119",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[2-7]|8\\d\\d)\\d{7}|[2-47]\\d{6}|[34]\\d{5}",
		0x000005c0, 0x00000000
	},
	{ /* AR +54 (main); lengths 10,11 */
		"AR", 54, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ "0?(?:(11|2(?:2(?:02?|[13]|2[13-79]|4[1-6]|5[2457]|6[124-8]|7[1-4]|8[13-6]|9[1267])|3(?:0"
		"2?|1[467]|2[03-6]|3[13-8]|[49][2-6]|5[2-8]|[67])|4(?:7[3-578]|9)|6(?:[0136]|2[24-6]|4[6-"
		"8]?|5[15-8])|80|9(?:0[1-3]|[19]|2\\d|3[1-6]|4[02568]?|5[2-4]|6[2-46]|72?|8[23]?))|3(?:3("
		"?:2[79]|6|8[2578])|4(?:0[0-24-9]|[12]|3[5-8]?|4[24-7]|5[4-68]?|6[02-9]|7[126]|8[2379]?|9"
		"[1-36-8])|5(?:1|2[1245]|3[237]?|4[1-46-9]|6[2-4]|7[1-6]|8[2-5]?)|6[24]|7(?:[069]|1[1568]"
		"|2[15]|3[145]|4[13]|5[14-8]|7[2-57]|8[126])|8(?:[01]|2[15-7]|3[2578]?|4[13-6]|5[4-8]?|6["
		"1-357-9]|7[36-8]?|8[5-8]?|9[124])))15)?",
		/* national_prefix_transform_rule */ "9$1",
		/* national_number_pattern */
		"(?:11|[89]\\d\\d)\\d{8}|[2368]\\d{9}",
		0x00000c00, 0x00000000
	},
	{ /* BR +55 (main); lengths 8,9,10,11 */
		"BR", 55, true,
		/* idd */ "00(?:1[245]|2[1-35]|31|4[13]|[56]5|99)",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ "(?:0|90)(?:(1[245]|2[1-35]|31|4[13]|[56]5|99)(\\d{10,11}))?",
		/* national_prefix_transform_rule */ "$2",
		/* national_number_pattern */
		"[1-467]\\d{9,10}|55[0-46-9]\\d{8}|[34]\\d{7}|55\\d{7,8}|(?:5[0-46-9]|[89]\\d)\\d{7,9}",
		0x00000f00, 0x00000000
	},
	{ /* CL +56 (main); lengths 9,10,11 */
		"CL", 56, true,
		/* idd */ "(?:0|1(?:1[0-69]|2[02-5]|5[13-58]|69|7[0167]|8[018]))0",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"12300\\d{6}|6\\d{9,10}|[2-9]\\d{8}",
		0x00000e00, 0x00000000
	},
	{ /* CO +57 (main); lengths 8,10,11 */
		"CO", 57, true,
		/* idd */ "00(?:4(?:[14]4|56)|[579])",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ "0([3579]|4(?:[14]4|56))?",
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:46|60\\d\\d)\\d{6}|(?:1\\d|[39])\\d{9}",
		0x00000d00, 0x00000000
	},
	{ /* VE +58 (main); lengths 10 */
		"VE", 58, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[68]00\\d{7}|(?:[24]\\d|[59]0)\\d{8}",
		0x00000400, 0x00000000
	},
	{ /* MY +60 (main); lengths 8,9,10 */
		"MY", 60, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"1\\d{8,9}|(?:3\\d|[4-9])\\d{7}",
		0x00000700, 0x00000000
	},
	{ /* AU +61 (main); lengths 5,6,7,8,9,10,12 */
		"AU", 61, true,
		/* idd */ "001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ "(183[12])|0",
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"1(?:[0-79]\\d{7}(?:\\d(?:\\d{2})?)?|8[0-24-9]\\d{7})|[2-478]\\d{8}|1\\d{4,7}",
		0x000017e0, 0x00000000
	},
	{ /* CC +61; lengths 6,7,8,9,10,12 */
		"CC", 61, false,
		/* idd */ "001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ "([59]\\d{7})$|0",
		/* national_prefix_transform_rule */ "8$1",
		/* national_number_pattern */
		"1(?:[0-79]\\d{8}(?:\\d{2})?|8[0-24-9]\\d{7})|[148]\\d{8}|1\\d{5,7}",
		0x000017c0, 0x00000000
	},
	{ /* CX +61; lengths 6,7,8,9,10,12 */
		"CX", 61, false,
		/* idd */ "001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ "([59]\\d{7})$|0",
		/* national_prefix_transform_rule */ "8$1",
		/* national_number_pattern */
		"1(?:[0-79]\\d{8}(?:\\d{2})?|8[0-24-9]\\d{7})|[148]\\d{8}|1\\d{5,7}",
		0x000017c0, 0x00000000
	},
	{ /* ID +62 (main); lengths 7,8,9,10,11,12,13,14,15,16,17 */
		"ID", 62, true,
		/* idd */ "00[89]",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"00[1-9]\\d{9,14}|(?:[1-36]|8\\d{5})\\d{6}|00\\d{9}|[1-9]\\d{8,10}|[2-9]\\d{7}",
		0x0003ff80, 0x00000000
	},
	{ /* PH +63 (main); lengths 6,8,9,10,11,12,13 */
		"PH", 63, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[2-7]|9\\d)\\d{8}|2\\d{5}|(?:1800|8)\\d{7,9}",
		0x00003f40, 0x00000000
	},
	{ /* NZ +64 (main); lengths 5,6,7,8,9,10 */
		"NZ", 64, true,
		/* idd */ "0(?:0|161)",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[1289]\\d{9}|50\\d{5}(?:\\d{2,3})?|[27-9]\\d{7,8}|(?:[34]\\d|6[0-35-9])\\d{6}|8\\d{4,6}",
		0x000007e0, 0x00000000
	},
	{ /* SG +65 (main); lengths 8,10,11 */
		"SG", 65, true,
		/* idd */ "0[0-3]\\d",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:(?:1\\d|8)\\d\\d|7000)\\d{7}|[3689]\\d{7}",
		0x00000d00, 0x00000000
	},
	{ /* TH +66 (main); lengths 8,9,10,13 */
		"TH", 66, true,
		/* idd */ "00[1-9]",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:001800|[2-57]|[689]\\d)\\d{7}|1\\d{7,9}",
		0x00002700, 0x00000000
	},
	{ /* JP +81 (main); lengths 8,9,10,11,12,13,14,15,16,17 */
		"JP", 81, true,
		/* idd */ "010",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ "(000[2569]\\d{4,6})$|(?:(?:003768)0?)|0",
		/* national_prefix_transform_rule */ "$1",
		/* national_number_pattern */
		"00[1-9]\\d{6,14}|[25-9]\\d{9}|(?:00|[1-9]\\d\\d)\\d{6}",
		0x0003ff00, 0x00000000
	},
	{ /* KR +82 (main); lengths 5,6,8,9,10,11,12,13,14 */
		"KR", 82, true,
		/* idd */ "00(?:[125689]|3(?:[46]5|91)|7(?:00|27|3|55|6[126]))",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ "0(8(?:[1-46-8]|5\\d\\d))?",
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"00[1-9]\\d{8,11}|(?:[12]|5\\d{3})\\d{7}|[13-6]\\d{9}|(?:[1-6]\\d|80)\\d{7}|[3-6]\\d{4,5}"
		"|(?:00|7)0\\d{8}",
		0x00007f60, 0x00000000
	},
	{ /* VN +84 (main); lengths 7,8,9,10 */
		"VN", 84, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[12]\\d{9}|[135-9]\\d{8}|[16]\\d{6,7}|7\\d{6}",
		0x00000780, 0x00000000
	},
	{ /* CN +86 (main); lengths 7,8,9,10,11,12 */
		"CN", 86, true,
		/* idd */ "00|1(?:[12]\\d|79)\\d\\d00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ "(1(?:[12]\\d|79)\\d\\d)|0",
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:(?:1[03-689]|2\\d)\\d\\d|6)\\d{8}|1\\d{10}|[126]\\d{6}(?:\\d(?:\\d{2})?)?|86\\d{5,6}|"
		"(?:[3-579]\\d|8[0-57-9])\\d{5,9}",
		0x00001f80, 0x00000000
	},
	{ /* TR +90 (main); lengths 7,10,12,13 */
		"TR", 90, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"4\\d{6}|8\\d{11,12}|(?:[2-58]\\d\\d|900)\\d{7}",
		0x00003480, 0x00000000
	},
	{ /* IN +91 (main); lengths 8,9,10,11,12,13 */
		"IN", 91, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:000800|[2-9]\\d\\d)\\d{7}|1\\d{7,12}",
		0x00003f00, 0x00000000
	},
	{ /* PK +92 (main); lengths 8,9,10,11,12 */
		"PK", 92, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"122\\d{6}|[24-8]\\d{10,11}|9(?:[013-9]\\d{8,10}|2(?:[01]\\d\\d|2(?:[06-8]\\d|1[01]))\\d{"
		"7})|(?:[2-8]\\d{3}|92(?:[0-7]\\d|8[1-9]))\\d{6}|[24-9]\\d{8}|[89]\\d{7}",
		0x00001f00, 0x00000000
	},
	{ /* AF +93 (main); lengths 9 */
		"AF", 93, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2-7]\\d{8}",
		0x00000200, 0x00000000
	},
	{ /* LK +94 (main); lengths 9 */
		"LK", 94, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[1-9]\\d{8}",
		0x00000200, 0x00000000
	},
	{ /* MM +95 (main); lengths 6,7,8,9,10 */
		"MM", 95, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"1\\d{5,7}|95\\d{6}|(?:[4-7]|9[0-46-9])\\d{6,8}|(?:2|8\\d)\\d{5,8}",
		0x000007c0, 0x00000000
	},
	{ /* IR +98 (main); lengths 4,5,6,7,10 */
		"IR", 98, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[1-9]\\d{9}|(?:[1-8]\\d\\d|9)\\d{3,4}",
		0x000004f0, 0x00000000
	},
	{ /* SS +211 (main); lengths 9 */
		"SS", 211, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[19]\\d{8}",
		0x00000200, 0x00000000
	},
	{ /* MA +212 (main); lengths 9 */
		"MA", 212, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[5-8]\\d{8}",
		0x00000200, 0x00000000
	},
	{ /* EH +212; lengths 9 */
		"EH", 212, false,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[5-8]\\d{8}",
		0x00000200, 0x00000000
	},
	{ /* DZ +213 (main); lengths 8,9 */
		"DZ", 213, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[1-4]|[5-79]\\d|80)\\d{7}",
		0x00000300, 0x00000000
	},
	{ /* TN +216 (main); lengths 8 */
		"TN", 216, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2-57-9]\\d{7}",
		0x00000100, 0x00000000
	},
	{ /* LY +218 (main); lengths 9 */
		"LY", 218, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2-9]\\d{8}",
		0x00000200, 0x00000000
	},
	{ /* GM +220 (main); lengths 7,9 */
		"GM", 220, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[48]\\d{8}|[2-9]\\d{6}",
		0x00000280, 0x00000000
	},
	{ /* SN +221 (main); lengths 9 */
		"SN", 221, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[378]\\d|93)\\d{7}",
		0x00000200, 0x00000000
	},
	{ /* MR +222 (main); lengths 8 */
		"MR", 222, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[2-4]\\d\\d|800)\\d{5}",
		0x00000100, 0x00000000
	},
	{ /* ML +223 (main); lengths 8 */
		"ML", 223, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[24-9]\\d{7}",
		0x00000100, 0x00000000
	},
	{ /* GN +224 (main); lengths 8,9 */
		"GN", 224, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"722\\d{6}|(?:3|6\\d)\\d{7}",
		0x00000300, 0x00000000
	},
	{ /* CI +225 (main); lengths 10 */
		"CI", 225, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[02]\\d{9}",
		0x00000400, 0x00000000
	},
	{ /* BF +226 (main); lengths 8 */
		"BF", 226, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[024-7]\\d{7}",
		0x00000100, 0x00000000
	},
	{ /* NE +227 (main); lengths 8 */
		"NE", 227, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[027-9]\\d{7}",
		0x00000100, 0x00000000
	},
	{ /* TG +228 (main); lengths 8 */
		"TG", 228, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[279]\\d{7}",
		0x00000100, 0x00000000
	},
	{ /* BJ +229 (main); lengths 10 */
		"BJ", 229, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"01\\d{8}",
		0x00000400, 0x00000000
	},
	{ /* MU +230 (main); lengths 7,8,10 */
		"MU", 230, true,
		/* idd */ "0(?:0|[24-7]0|3[03])",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[57]|8\\d\\d)\\d{7}|[2-468]\\d{6}",
		0x00000580, 0x00000000
	},
	{ /* LR +231 (main); lengths 7,8,9 */
		"LR", 231, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[2457]\\d|33|88)\\d{7}|(?:2\\d|[4-6])\\d{6}",
		0x00000380, 0x00000000
	},
	{ /* SL +232 (main); lengths 8 */
		"SL", 232, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[237-9]\\d|66)\\d{6}",
		0x00000100, 0x00000000
	},
	{ /* GH +233 (main); lengths 8,9 */
		"GH", 233, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[235]\\d{8}|800\\d{5,6}",
		0x00000300, 0x00000000
	},
	{ /* NG +234 (main); lengths 10,11,12,13,14 */
		"NG", 234, true,
		/* idd */ "009",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:20|9\\d)\\d{8}|[78]\\d{9,13}",
		0x00007c00, 0x00000000
	},
	{ /* TD +235 (main); lengths 8 */
		"TD", 235, true,
		/* idd */ "00|16",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:22|[3689]\\d|77)\\d{6}",
		0x00000100, 0x00000000
	},
	{ /* CF +236 (main); lengths 8 */
		"CF", 236, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"8776\\d{4}|(?:[27]\\d|61)\\d{6}",
		0x00000100, 0x00000000
	},
	{ /* CM +237 (main); lengths 8,9 */
		"CM", 237, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[26]\\d{8}|88\\d{6,7}",
		0x00000300, 0x00000000
	},
	{ /* CV +238 (main); lengths 7 */
		"CV", 238, true,
		/* idd */ "0",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[2-59]\\d\\d|800)\\d{4}",
		0x00000080, 0x00000000
	},
	{ /* ST +239 (main); lengths 7 */
		"ST", 239, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:22|9\\d)\\d{5}",
		0x00000080, 0x00000000
	},
	{ /* GQ +240 (main); lengths 9 */
		"GQ", 240, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"222\\d{6}|(?:3\\d|55|[89]0)\\d{7}",
		0x00000200, 0x00000000
	},
	{ /* GA +241 (main); lengths 7,8 */
		"GA", 241, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ "0(11\\d{6}|60\\d{6}|61\\d{6}|6[256]\\d{6}|7[467]\\d{6})",
		/* national_prefix_transform_rule */ "$1",
		/* national_number_pattern */
		"(?:[067]\\d|11)\\d{6}|[2-7]\\d{6}",
		0x00000180, 0x00000000
	},
	{ /* CG +242 (main); lengths 9 */
		"CG", 242, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"222\\d{6}|(?:0\\d|80)\\d{7}",
		0x00000200, 0x00000000
	},
	{ /* CD +243 (main); lengths 7,8,9,10 */
		"CD", 243, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:(?:[189]|5\\d)\\d|2)\\d{7}|[1-68]\\d{6}",
		0x00000780, 0x00000000
	},
	{ /* AO +244 (main); lengths 9 */
		"AO", 244, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[29]\\d{8}",
		0x00000200, 0x00000000
	},
	{ /* GW +245 (main); lengths 7,9 */
		"GW", 245, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[49]\\d{8}|4\\d{6}",
		0x00000280, 0x00000000
	},
	{ /* IO +246 (main); lengths 7 */
		"IO", 246, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"3\\d{6}",
		0x00000080, 0x00000000
	},
	{ /* AC +247 (main); lengths 5,6 */
		"AC", 247, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[01589]\\d|[2-467])\\d{4}",
		0x00000060, 0x00000000
	},
	{ /* SC +248 (main); lengths 7 */
		"SC", 248, true,
		/* idd */ "010|0[0-2]",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[2489]\\d|64)\\d{5}",
		0x00000080, 0x00000000
	},
	{ /* SD +249 (main); lengths 9 */
		"SD", 249, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[19]\\d{8}",
		0x00000200, 0x00000000
	},
	{ /* RW +250 (main); lengths 8,9 */
		"RW", 250, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:06|[27]\\d\\d|[89]00)\\d{6}",
		0x00000300, 0x00000000
	},
	{ /* ET +251 (main); lengths 9 */
		"ET", 251, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:11|[2-57-9]\\d)\\d{7}",
		0x00000200, 0x00000000
	},
	{ /* SO +252 (main); lengths 6,7,8,9 */
		"SO", 252, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[346-9]\\d{8}|[12679]\\d{7}|[1-5]\\d{6}|[1348]\\d{5}",
		0x000003c0, 0x00000000
	},
	{ /* DJ +253 (main); lengths 8 */
		"DJ", 253, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:2\\d|77)\\d{6}",
		0x00000100, 0x00000000
	},
	{ /* KE +254 (main); lengths 7,8,9,10 */
		"KE", 254, true,
		/* idd */ "000",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[17]\\d\\d|900)\\d{6}|(?:2|80)0\\d{6,7}|[4-6]\\d{6,8}",
		0x00000780, 0x00000000
	},
	{ /* TZ +255 (main); lengths 9 */
		"TZ", 255, true,
		/* idd */ "00[056]",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[25-8]\\d|41|90)\\d{7}",
		0x00000200, 0x00000000
	},
	{ /* UG +256 (main); lengths 9 */
		"UG", 256, true,
		/* idd */ "00[057]",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"800\\d{6}|(?:[29]0|[347]\\d)\\d{7}",
		0x00000200, 0x00000000
	},
	{ /* BI +257 (main); lengths 8 */
		"BI", 257, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[267]\\d|31)\\d{6}",
		0x00000100, 0x00000000
	},
	{ /* MZ +258 (main); lengths 8,9 */
		"MZ", 258, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:2|8\\d)\\d{7}",
		0x00000300, 0x00000000
	},
	{ /* ZM +260 (main); lengths 9 */
		"ZM", 260, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"800\\d{6}|(?:21|[579]\\d|63)\\d{7}",
		0x00000200, 0x00000000
	},
	{ /* MG +261 (main); lengths 9 */
		"MG", 261, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ "([24-9]\\d{6})$|0",
		/* national_prefix_transform_rule */ "20$1",
		/* national_number_pattern */
		"[23]\\d{8}",
		0x00000200, 0x00000000
	},
	{ /* RE +262 (main); lengths 9 */
		"RE", 262, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"709\\d{6}|(?:26|[689]\\d)\\d{7}",
		0x00000200, 0x00000000
	},
	{ /* YT +262; lengths 9 */
		"YT", 262, false,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:639\\d|7093)\\d{5}|(?:26|80|9\\d)\\d{7}",
		0x00000200, 0x00000000
	},
	{ /* ZW +263 (main); lengths 7,9,10 */
		"ZW", 263, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"8\\d{6}(?:\\d{3})?|[235-8]\\d{8}",
		0x00000680, 0x00000000
	},
	{ /* NA +264 (main); lengths 8,9 */
		"NA", 264, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[68]\\d{7,8}",
		0x00000300, 0x00000000
	},
	{ /* MW +265 (main); lengths 7,9 */
		"MW", 265, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[1289]\\d|31|77)\\d{7}|1\\d{6}",
		0x00000280, 0x00000000
	},
	{ /* LS +266 (main); lengths 8 */
		"LS", 266, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[256]\\d\\d|800)\\d{5}",
		0x00000100, 0x00000000
	},
	{ /* BW +267 (main); lengths 7,8,10 */
		"BW", 267, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"90\\d{5}|(?:0800|[2-6]|(?:7|800)\\d)\\d{6}",
		0x00000580, 0x00000000
	},
	{ /* SZ +268 (main); lengths 8,9 */
		"SZ", 268, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"0800\\d{4}|(?:[237]\\d|900)\\d{6}",
		0x00000300, 0x00000000
	},
	{ /* KM +269 (main); lengths 7 */
		"KM", 269, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[3478]\\d{6}",
		0x00000080, 0x00000000
	},
	{ /* SH +290 (main); lengths 4,5 */
		"SH", 290, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[2569]\\d|8)\\d{3}",
		0x00000030, 0x00000000
	},
	{ /* TA +290; lengths 4 */
		"TA", 290, false,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"8\\d{3}",
		0x00000010, 0x00000000
	},
	{ /* ER +291 (main); lengths 7 */
		"ER", 291, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[178]\\d{6}",
		0x00000080, 0x00000000
	},
	{ /* AW +297 (main); lengths 7 */
		"AW", 297, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[25-79]\\d\\d|800)\\d{4}",
		0x00000080, 0x00000000
	},
	{ /* FO +298 (main); lengths 6 */
		"FO", 298, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ "(10(?:01|[12]0|88))",
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2-9]\\d{5}",
		0x00000040, 0x00000000
	},
	{ /* GL +299 (main); lengths 6 */
		"GL", 299, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:19|[2-689]\\d|70)\\d{4}",
		0x00000040, 0x00000000
	},
	{ /* GI +350 (main); lengths 8 */
		"GI", 350, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[25]\\d|60)\\d{6}",
		0x00000100, 0x00000000
	},
	{ /* PT +351 (main); lengths 9 */
		"PT", 351, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"1693\\d{5}|(?:[26-9]\\d|30)\\d{7}",
		0x00000200, 0x00000000
	},
	{ /* LU +352 (main); lengths 4,5,6,7,8,9,10,11 */
		"LU", 352, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ "(15(?:0[06]|1[12]|[35]5|4[04]|6[26]|77|88|99)\\d)",
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"35[013-9]\\d{4,8}|6\\d{8}|35\\d{2,4}|(?:[2457-9]\\d|3[0-46-9])\\d{2,9}",
		0x00000ff0, 0x00000000
	},
	{ /* IE +353 (main); lengths 7,8,9,10 */
		"IE", 353, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:1\\d|[2569])\\d{6,8}|4\\d{6,9}|7\\d{8}|8\\d{8,9}",
		0x00000780, 0x00000000
	},
	{ /* IS +354 (main); lengths 7,9 */
		"IS", 354, true,
		/* idd */ "00|1(?:0(?:01|[12]0)|100)",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:38\\d|[4-9])\\d{6}",
		0x00000280, 0x00000000
	},
	{ /* AL +355 (main); lengths 6,7,8,9 */
		"AL", 355, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:700\\d\\d|900)\\d{3}|8\\d{5,7}|(?:[2-5]|6\\d)\\d{7}",
		0x000003c0, 0x00000000
	},
	{ /* MT +356 (main); lengths 8 */
		"MT", 356, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"3550\\d{4}|(?:[2579]\\d\\d|800)\\d{5}",
		0x00000100, 0x00000000
	},
	{ /* CY +357 (main); lengths 8 */
		"CY", 357, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[279]\\d|[58]0)\\d{6}",
		0x00000100, 0x00000000
	},
	{ /* FI +358 (main); lengths 5,6,7,8,9,10,11,12 */
		"FI", 358, true,
		/* idd */ "00|99(?:[01469]|5(?:[14]1|3[23]|5[59]|77|88|9[09]))",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[1-35689]\\d{4}|7\\d{10,11}|(?:[124-7]\\d|3[0-46-9])\\d{8}|[1-9]\\d{5,8}",
		0x00001fe0, 0x00000000
	},
	{ /* AX +358; lengths 5,6,7,8,9,10,11,12 */
		"AX", 358, false,
		/* idd */ "00|99(?:[01469]|5(?:[14]1|3[23]|5[59]|77|88|9[09]))",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"2\\d{4,9}|35\\d{4,5}|(?:60\\d\\d|800)\\d{4,6}|7\\d{5,11}|(?:[14]\\d|3[0-46-9]|50)\\d{4,8"
		"}",
		0x00001fe0, 0x00000000
	},
	{ /* BG +359 (main); lengths 6,7,8,9,12 */
		"BG", 359, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"00800\\d{7}|[2-7]\\d{6,7}|[89]\\d{6,8}|2\\d{5}",
		0x000013c0, 0x00000000
	},
	{ /* LT +370 (main); lengths 8 */
		"LT", 370, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ "[08]",
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[3469]\\d|52|[78]0)\\d{6}",
		0x00000100, 0x00000000
	},
	{ /* LV +371 (main); lengths 8 */
		"LV", 371, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[268]\\d|78|90)\\d{6}",
		0x00000100, 0x00000000
	},
	{ /* EE +372 (main); lengths 7,8,10 */
		"EE", 372, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"8\\d{9}|[4578]\\d{7}|(?:[3-8]\\d|90)\\d{5}",
		0x00000580, 0x00000000
	},
	{ /* MD +373 (main); lengths 8 */
		"MD", 373, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[235-7]\\d|[89]0)\\d{6}",
		0x00000100, 0x00000000
	},
	{ /* AM +374 (main); lengths 8 */
		"AM", 374, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[1-489]\\d|55|60|77)\\d{6}",
		0x00000100, 0x00000000
	},
	{ /* BY +375 (main); lengths 6,7,8,9,10,11 */
		"BY", 375, true,
		/* idd */ "810",
		/* national_prefix */ "8",
		/* national_prefix_for_parsing */ "0|80?",
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[12]\\d|33|44|902)\\d{7}|8(?:0[0-79]\\d{5,7}|[1-7]\\d{9})|8(?:1[0-489]|[5-79]\\d)\\d{"
		"7}|8[1-79]\\d{6,7}|8[0-79]\\d{5}|8\\d{5}",
		0x00000fc0, 0x00000000
	},
	{ /* AD +376 (main); lengths 6,8,9 */
		"AD", 376, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:1|6\\d)\\d{7}|[135-9]\\d{5}",
		0x00000340, 0x00000000
	},
	{ /* MC +377 (main); lengths 8,9 */
		"MC", 377, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[3489]|[67]\\d)\\d{7}",
		0x00000300, 0x00000000
	},
	{ /* SM +378 (main); lengths 8,10 */
		"SM", 378, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ "([89]\\d{5})$",
		/* national_prefix_transform_rule */ "0549$1",
		/* national_number_pattern */
		"(?:0549|[5-7]\\d)\\d{6}",
		0x00000500, 0x00000000
	},
	{ /* UA +380 (main); lengths 9,10 */
		"UA", 380, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[89]\\d{9}|[3-9]\\d{8}",
		0x00000600, 0x00000000
	},
	{ /* RS +381 (main); lengths 6,7,8,9,10,11,12 */
		"RS", 381, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"38[02-9]\\d{6,9}|6\\d{7,9}|90\\d{4,8}|38\\d{5,6}|(?:7\\d\\d|800)\\d{3,9}|(?:[12]\\d|3[0-"
		"79])\\d{5,10}",
		0x00001fc0, 0x00000000
	},
	{ /* ME +382 (main); lengths 8,9 */
		"ME", 382, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:20|[3-79]\\d)\\d{6}|80\\d{6,7}",
		0x00000300, 0x00000000
	},
	{ /* XK +383 (main); lengths 8,9,10,11,12 */
		"XK", 383, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"2\\d{7,8}|3\\d{7,11}|(?:4\\d\\d|[89]00)\\d{5}",
		0x00001f00, 0x00000000
	},
	{ /* HR +385 (main); lengths 7,8,9 */
		"HR", 385, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2-69]\\d{8}|80\\d{5,7}|[1-79]\\d{7}|6\\d{6}",
		0x00000380, 0x00000000
	},
	{ /* SI +386 (main); lengths 5,6,7,8 */
		"SI", 386, true,
		/* idd */ "00|10(?:22|66|88|99)",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[1-7]\\d{7}|8\\d{4,7}|90\\d{4,6}",
		0x000001e0, 0x00000000
	},
	{ /* BA +387 (main); lengths 8,9 */
		"BA", 387, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"6\\d{8}|(?:[35689]\\d|49|70)\\d{6}",
		0x00000300, 0x00000000
	},
	{ /* MK +389 (main); lengths 8 */
		"MK", 389, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2-578]\\d{7}",
		0x00000100, 0x00000000
	},
	{ /* CZ +420 (main); lengths 9,10,11,12 */
		"CZ", 420, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[2-578]\\d|60)\\d{7}|9\\d{8,11}",
		0x00001e00, 0x00000000
	},
	{ /* SK +421 (main); lengths 6,7,9 */
		"SK", 421, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2-689]\\d{8}|[2-59]\\d{6}|[2-5]\\d{5}",
		0x000002c0, 0x00000000
	},
	{ /* LI +423 (main); lengths 7,9 */
		"LI", 423, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ "(1001)|0",
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[68]\\d{8}|(?:[2378]\\d|90)\\d{5}",
		0x00000280, 0x00000000
	},
	{ /* FK +500 (main); lengths 5 */
		"FK", 500, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2-7]\\d{4}",
		0x00000020, 0x00000000
	},
	{ /* BZ +501 (main); lengths 7,11 */
		"BZ", 501, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:0800\\d|[2-8])\\d{6}",
		0x00000880, 0x00000000
	},
	{ /* GT +502 (main); lengths 8,11 */
		"GT", 502, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"80\\d{6}|(?:1\\d{3}|[2-7])\\d{7}",
		0x00000900, 0x00000000
	},
	{ /* SV +503 (main); lengths 7,8,11 */
		"SV", 503, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[25-7]\\d{7}|(?:80\\d|900)\\d{4}(?:\\d{4})?",
		0x00000980, 0x00000000
	},
	{ /* HN +504 (main); lengths 8,11 */
		"HN", 504, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"8\\d{10}|[237-9]\\d{7}",
		0x00000900, 0x00000000
	},
	{ /* NI +505 (main); lengths 8 */
		"NI", 505, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:1800|[25-8]\\d{3})\\d{4}",
		0x00000100, 0x00000000
	},
	{ /* CR +506 (main); lengths 8,10 */
		"CR", 506, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ "(19(?:0[0-2468]|1[09]|20|66|77|99))",
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:8\\d|90)\\d{8}|(?:[24-8]\\d{3}|3005)\\d{4}",
		0x00000500, 0x00000000
	},
	{ /* PA +507 (main); lengths 7,8,10,11 */
		"PA", 507, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:00800|8\\d{3})\\d{6}|[68]\\d{7}|[1-57-9]\\d{6}",
		0x00000d80, 0x00000000
	},
	{ /* PM +508 (main); lengths 6,9 */
		"PM", 508, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[78]\\d{8}|[2-9]\\d{5}",
		0x00000240, 0x00000000
	},
	{ /* HT +509 (main); lengths 8 */
		"HT", 509, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2-589]\\d{7}",
		0x00000100, 0x00000000
	},
	{ /* GP +590 (main); lengths 9 */
		"GP", 590, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}",
		0x00000200, 0x00000000
	},
	{ /* BL +590; lengths 9 */
		"BL", 590, false,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}",
		0x00000200, 0x00000000
	},
	{ /* MF +590; lengths 9 */
		"MF", 590, false,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}",
		0x00000200, 0x00000000
	},
	{ /* BO +591 (main); lengths 8,9 */
		"BO", 591, true,
		/* idd */ "00(?:1\\d)?",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ "0(1\\d)?",
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[2-7]\\d\\d|8001)\\d{5}",
		0x00000300, 0x00000000
	},
	{ /* GY +592 (main); lengths 7 */
		"GY", 592, true,
		/* idd */ "001",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[2-8]\\d{3}|9008)\\d{3}",
		0x00000080, 0x00000000
	},
	{ /* EC +593 (main); lengths 8,9,10,11 */
		"EC", 593, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"1\\d{9,10}|(?:[2-7]|9\\d)\\d{7}",
		0x00000f00, 0x00000000
	},
	{ /* GF +594 (main); lengths 9 */
		"GF", 594, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:694\\d|7093)\\d{5}|(?:59|[89]\\d)\\d{7}",
		0x00000200, 0x00000000
	},
	{ /* PY +595 (main); lengths 6,7,8,9,10,11 */
		"PY", 595, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[36-8]\\d{5,8}|4\\d{6,8}|59\\d{6}|9\\d{5,10}|(?:2\\d|5[0-8])\\d{6,7}",
		0x00000fc0, 0x00000000
	},
	{ /* MQ +596 (main); lengths 9 */
		"MQ", 596, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"7091\\d{5}|(?:[56]9|[89]\\d)\\d{7}",
		0x00000200, 0x00000000
	},
	{ /* SR +597 (main); lengths 6,7 */
		"SR", 597, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[2-5]|[6-9]\\d)\\d{5}",
		0x000000c0, 0x00000000
	},
	{ /* UY +598 (main); lengths 4,5,6,7,8,9,10,11,12,13 */
		"UY", 598, true,
		/* idd */ "0(?:0|1[3-9]\\d)",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"0004\\d{2,9}|[1249]\\d{7}|2\\d{3,4}|(?:[49]\\d|80)\\d{5}",
		0x00003ff0, 0x00000000
	},
	{ /* CW +599 (main); lengths 7,8 */
		"CW", 599, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[34]1|60|(?:7|9\\d)\\d)\\d{5}",
		0x00000180, 0x00000000
	},
	{ /* BQ +599; lengths 7 */
		"BQ", 599, false,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[34]1|7\\d)\\d{5}",
		0x00000080, 0x00000000
	},
	{ /* TL +670 (main); lengths 7,8 */
		"TL", 670, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"7\\d{7}|(?:[2-47]\\d|[89]0)\\d{5}",
		0x00000180, 0x00000000
	},
	{ /* NF +672 (main); lengths 6 */
		"NF", 672, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ "([0-258]\\d{4})$",
		/* national_prefix_transform_rule */ "3$1",
		/* national_number_pattern */
		"[13]\\d{5}",
		0x00000040, 0x00000000
	},
	{ /* BN +673 (main); lengths 7 */
		"BN", 673, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2-578]\\d{6}",
		0x00000080, 0x00000000
	},
	{ /* NR +674 (main); lengths 7 */
		"NR", 674, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:222|444|(?:55|8\\d)\\d|666|777|999)\\d{4}",
		0x00000080, 0x00000000
	},
	{ /* PG +675 (main); lengths 7,8 */
		"PG", 675, true,
		/* idd */ "00|140[1-3]",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:180|[78]\\d{3})\\d{4}|(?:[2-589]\\d|64)\\d{5}",
		0x00000180, 0x00000000
	},
	{ /* TO +676 (main); lengths 5,7 */
		"TO", 676, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:0800|(?:[5-8]\\d\\d|999)\\d)\\d{3}|[2-8]\\d{4}",
		0x000000a0, 0x00000000
	},
	{ /* SB +677 (main); lengths 5,7 */
		"SB", 677, true,
		/* idd */ "0[01]",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[6-9]\\d{6}|[1-6]\\d{4}",
		0x000000a0, 0x00000000
	},
	{ /* VU +678 (main); lengths 5,7 */
		"VU", 678, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[57-9]\\d{6}|(?:[238]\\d|48)\\d{3}",
		0x000000a0, 0x00000000
	},
	{ /* FJ +679 (main); lengths 7,11 */
		"FJ", 679, true,
		/* idd */ "0(?:0|52)",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"45\\d{5}|(?:0800\\d|[235-9])\\d{6}",
		0x00000880, 0x00000000
	},
	{ /* PW +680 (main); lengths 7 */
		"PW", 680, true,
		/* idd */ "01[12]",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[24-8]\\d\\d|345|900)\\d{4}",
		0x00000080, 0x00000000
	},
	{ /* WF +681 (main); lengths 6,9 */
		"WF", 681, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:40|72|8\\d{4})\\d{4}|[89]\\d{5}",
		0x00000240, 0x00000000
	},
	{ /* CK +682 (main); lengths 5 */
		"CK", 682, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2-578]\\d{4}",
		0x00000020, 0x00000000
	},
	{ /* NU +683 (main); lengths 4,7 */
		"NU", 683, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[4-7]|888\\d)\\d{3}",
		0x00000090, 0x00000000
	},
	{ /* WS +685 (main); lengths 5,6,7,10 */
		"WS", 685, true,
		/* idd */ "0",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[2-6]|8\\d{5})\\d{4}|[78]\\d{6}|[68]\\d{5}",
		0x000004e0, 0x00000000
	},
	{ /* KI +686 (main); lengths 5,8 */
		"KI", 686, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[37]\\d|6[0-79])\\d{6}|(?:[2-48]\\d|50)\\d{3}",
		0x00000120, 0x00000000
	},
	{ /* NC +687 (main); lengths 6 */
		"NC", 687, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:050|[2-57-9]\\d\\d)\\d{3}",
		0x00000040, 0x00000000
	},
	{ /* TV +688 (main); lengths 5,6,7 */
		"TV", 688, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:2|7\\d\\d|90)\\d{4}",
		0x000000e0, 0x00000000
	},
	{ /* PF +689 (main); lengths 6,8,9 */
		"PF", 689, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"4\\d{5}(?:\\d{2})?|8\\d{7,8}",
		0x00000340, 0x00000000
	},
	{ /* TK +690 (main); lengths 4,5,6,7 */
		"TK", 690, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2-47]\\d{3,6}",
		0x000000f0, 0x00000000
	},
	{ /* FM +691 (main); lengths 7 */
		"FM", 691, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[39]\\d\\d|820)\\d{4}",
		0x00000080, 0x00000000
	},
	{ /* MH +692 (main); lengths 7 */
		"MH", 692, true,
		/* idd */ "011",
		/* national_prefix */ "1",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"329\\d{4}|(?:[256]\\d|45)\\d{5}",
		0x00000080, 0x00000000
	},
	{ /* 001 +800 (main); lengths 8 */
		"001", 800, true,
		/* idd */ NULL,
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:00|[1-9]\\d)\\d{6}",
		0x00000100, 0x00000000
	},
	{ /* 001 +808 (main); lengths 8 */
		"001", 808, true,
		/* idd */ NULL,
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[1-9]\\d{7}",
		0x00000100, 0x00000000
	},
	{ /* KP +850 (main); lengths 8,10 */
		"KP", 850, true,
		/* idd */ "00|99",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"85\\d{6}|(?:19\\d|[2-7])\\d{7}",
		0x00000500, 0x00000000
	},
	{ /* HK +852 (main); lengths 5,6,7,8,9,11 */
		"HK", 852, true,
		/* idd */ "00(?:30|5[09]|[126-9]?)",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"8[0-46-9]\\d{6,7}|9\\d{4,7}|(?:[2-7]|9\\d{3})\\d{7}",
		0x00000be0, 0x00000000
	},
	{ /* MO +853 (main); lengths 7,8 */
		"MO", 853, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"0800\\d{3}|(?:28|[68]\\d)\\d{6}",
		0x00000180, 0x00000000
	},
	{ /* KH +855 (main); lengths 8,9,10 */
		"KH", 855, true,
		/* idd */ "00[14-9]",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"1\\d{9}|[1-9]\\d{7,8}",
		0x00000700, 0x00000000
	},
	{ /* LA +856 (main); lengths 8,9,10 */
		"LA", 856, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:2\\d|3)\\d{8}|(?:[235-8]\\d|41)\\d{6}",
		0x00000700, 0x00000000
	},
	{ /* 001 +870 (main); lengths 9,12 */
		"001", 870, true,
		/* idd */ NULL,
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"7\\d{11}|[235-7]\\d{8}",
		0x00001200, 0x00000000
	},
	{ /* 001 +878 (main); lengths 12 */
		"001", 878, true,
		/* idd */ NULL,
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"10\\d{10}",
		0x00001000, 0x00000000
	},
	{ /* BD +880 (main); lengths 6,7,8,9,10 */
		"BD", 880, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[1-469]\\d{9}|8[0-79]\\d{7,8}|[2-79]\\d{8}|[2-9]\\d{7}|[3-9]\\d{6}|[57-9]\\d{5}",
		0x000007c0, 0x00000000
	},
	{ /* 001 +881 (main); lengths 9,10 */
		"001", 881, true,
		/* idd */ NULL,
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"6\\d{9}|[0-36-9]\\d{8}",
		0x00000600, 0x00000000
	},
	{ /* 001 +882 (main); lengths 7,8,9,10,11,12 */
		"001", 882, true,
		/* idd */ NULL,
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[13]\\d{6}(?:\\d{2,5})?|[19]\\d{7}|(?:[25]\\d\\d|4)\\d{7}(?:\\d{2})?",
		0x00001f80, 0x00000000
	},
	{ /* 001 +883 (main); lengths 8,9,10,11,12 */
		"001", 883, true,
		/* idd */ NULL,
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[1-4]\\d|51)\\d{6,10}",
		0x00001f00, 0x00000000
	},
	{ /* TW +886 (main); lengths 7,8,9,10,11 */
		"TW", 886, true,
		/* idd */ "0(?:0[25-79]|19)",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2-689]\\d{8}|7\\d{9,10}|[2-8]\\d{7}|2\\d{6}",
		0x00000f80, 0x00000000
	},
	{ /* 001 +888 (main); lengths 11 */
		"001", 888, true,
		/* idd */ NULL,
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"\\d{11}",
		0x00000800, 0x00000000
	},
	{ /* MV +960 (main); lengths 7,10 */
		"MV", 960, true,
		/* idd */ "0(?:0|19)",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:800|9[0-57-9]\\d)\\d{7}|[34679]\\d{6}",
		0x00000480, 0x00000000
	},
	{ /* LB +961 (main); lengths 7,8 */
		"LB", 961, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[27-9]\\d{7}|[13-9]\\d{6}",
		0x00000180, 0x00000000
	},
	{ /* JO +962 (main); lengths 8,9 */
		"JO", 962, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:(?:[2689]|7\\d)\\d|32|427|53)\\d{6}",
		0x00000300, 0x00000000
	},
	{ /* SY +963 (main); lengths 8,9 */
		"SY", 963, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[1-359]\\d{8}|[1-5]\\d{7}",
		0x00000300, 0x00000000
	},
	{ /* IQ +964 (main); lengths 8,9,10 */
		"IQ", 964, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:1|7\\d\\d)\\d{7}|[2-6]\\d{7,8}",
		0x00000700, 0x00000000
	},
	{ /* KW +965 (main); lengths 7,8 */
		"KW", 965, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"18\\d{5}|(?:[2569]\\d|41)\\d{6}",
		0x00000180, 0x00000000
	},
	{ /* SA +966 (main); lengths 9,10 */
		"SA", 966, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[15]\\d|800|92)\\d{7}",
		0x00000600, 0x00000000
	},
	{ /* YE +967 (main); lengths 7,8,9 */
		"YE", 967, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:1|7\\d)\\d{7}|[1-7]\\d{6}",
		0x00000380, 0x00000000
	},
	{ /* OM +968 (main); lengths 7,8,9 */
		"OM", 968, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:1505|[279]\\d{3}|500)\\d{4}|800\\d{5,6}",
		0x00000380, 0x00000000
	},
	{ /* PS +970 (main); lengths 8,9,10 */
		"PS", 970, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[2489]2\\d{6}|(?:1\\d|5)\\d{8}",
		0x00000700, 0x00000000
	},
	{ /* AE +971 (main); lengths 5,6,7,8,9,10,11,12 */
		"AE", 971, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[4-7]\\d|9[0-689])\\d{7}|800\\d{2,9}|[2-4679]\\d{7}",
		0x00001fe0, 0x00000000
	},
	{ /* IL +972 (main); lengths 7,8,9,10,11,12 */
		"IL", 972, true,
		/* idd */ "0(?:0|1(?:05|[2-9]))",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"1\\d{6}(?:\\d{3,5})?|[57]\\d{8}|[1-489]\\d{7}",
		0x00001f80, 0x00000000
	},
	{ /* BH +973 (main); lengths 8 */
		"BH", 973, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[136-9]\\d{7}",
		0x00000100, 0x00000000
	},
	{ /* QA +974 (main); lengths 7,8,9,11 */
		"QA", 974, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"800\\d{4}|(?:2|800)\\d{6}|(?:0080|[3-7])\\d{7}",
		0x00000b80, 0x00000000
	},
	{ /* BT +975 (main); lengths 7,8 */
		"BT", 975, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[178]\\d{7}|[2-8]\\d{6}",
		0x00000180, 0x00000000
	},
	{ /* MN +976 (main); lengths 8,9,10 */
		"MN", 976, true,
		/* idd */ "001",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[12]\\d{7,9}|[5-9]\\d{7}",
		0x00000700, 0x00000000
	},
	{ /* NP +977 (main); lengths 8,10,11 */
		"NP", 977, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:1\\d|9)\\d{9}|[1-9]\\d{7}",
		0x00000d00, 0x00000000
	},
	{ /* 001 +979 (main); lengths 9 */
		"001", 979, true,
		/* idd */ NULL,
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[1359]\\d{8}",
		0x00000200, 0x00000000
	},
	{ /* TJ +992 (main); lengths 9 */
		"TJ", 992, true,
		/* idd */ "810",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[0-57-9]\\d|66)\\d{7}",
		0x00000200, 0x00000000
	},
	{ /* TM +993 (main); lengths 8 */
		"TM", 993, true,
		/* idd */ "810",
		/* national_prefix */ "8",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"[1-7]\\d{7}",
		0x00000100, 0x00000000
	},
	{ /* AZ +994 (main); lengths 9 */
		"AZ", 994, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"365\\d{6}|(?:[124579]\\d|60|88)\\d{7}",
		0x00000200, 0x00000000
	},
	{ /* GE +995 (main); lengths 9 */
		"GE", 995, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:[3-57]\\d\\d|800)\\d{6}",
		0x00000200, 0x00000000
	},
	{ /* KG +996 (main); lengths 9,10 */
		"KG", 996, true,
		/* idd */ "00",
		/* national_prefix */ "0",
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"8\\d{9}|[235-9]\\d{8}",
		0x00000600, 0x00000000
	},
	{ /* UZ +998 (main); lengths 9 */
		"UZ", 998, true,
		/* idd */ "00",
		/* national_prefix */ NULL,
		/* national_prefix_for_parsing */ NULL,
		/* national_prefix_transform_rule */ NULL,
		/* national_number_pattern */
		"(?:20|33|[5-9]\\d)\\d{7}",
		0x00000200, 0x00000000
	},
};

const int phone_nregions = (int) (sizeof(phone_regions) / sizeof(phone_regions[0]));
