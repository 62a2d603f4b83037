// Clipboard HTML as Word and a news web page put it there: the markup a reporter pastes without
// seeing it, with the styles, classes, tracking and scripts the paste must drop.

/** Word for Windows: a heading, bold and italic inside styled spans, a link, Office namespaces and fonts. */
export const WORD_FRAGMENT = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang=EN-GB link="#0563C1" vlink="#954F72" style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
<h2 class=MsoHeading2 style='mso-outline-level:2'><span style='font-family:"Calibri Light",sans-serif;color:#2F5496'>Costs at the old quay</span></h2>
<p class=MsoNormal style='margin-bottom:6.0pt'><b><span style='font-size:12.0pt;mso-bidi-font-size:11.0pt'>Engineers</span></b><span style='font-size:12.0pt'> said the </span><i><span style='font-size:12.0pt;color:red'>first estimate</span></i><span style='font-size:12.0pt'> for the quay was too low.<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-family:"Times New Roman",serif'>The full survey is on the </span><a href="https://example.org/harbour-survey"><span style='color:#0563C1;mso-style-textfill-fill-color:#0563C1'>council website</span></a><span>.<o:p></o:p></span></p>
<!--EndFragment-->
</body></html>`;

/** A news site: a list, a link, a tracking span, a script, an inline handler and a javascript: link. */
export const WEB_FRAGMENT = `<meta charset="utf-8"><div class="article-body__content" data-track="para" style="font-family: Georgia, serif; color: rgb(34, 34, 34);">
<p class="para" style="margin: 0 0 1em;">Residents listed <strong class="bold">three demands</strong> for the <em>new quay</em>:</p>
<ul class="list list--bulleted"><li class="list__item" style="color:#333">a public walkway</li><li class="list__item"><span class="tracking-pixel" data-analytics-id="x1">lighting</span> at night</li></ul>
<script>window.__bylinePasteRan = true;</script>
<p class="para">Read the <a href="https://example.com/petition" class="link" onclick="window.__bylinePasteRan = true">residents' petition</a> and <a href="javascript:window.__bylinePasteRan=true">this sneaky link</a> online.</p>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onerror="window.__bylinePasteRan = true" width="1" height="1">
</div>`;
