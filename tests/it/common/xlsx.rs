//! A minimal XLSX writer for tests: inline strings, numbers, and date serials with a date
//! number format, in the shape WeChat Pay's XLSX bill has (format notes §1b).

use std::io::Write;

/// A cell to write.
pub enum XCell {
    Text(String),
    Number(f64),
    /// An Excel serial with the `yyyy-mm-dd hh:mm:ss` style.
    Date(f64),
}

/// One sheet: a name and its rows as (1-based row number, cells from column A).
pub struct XSheet {
    pub name: String,
    pub rows: Vec<(u32, Vec<XCell>)>,
}

fn column(i: usize) -> String {
    let mut n = i + 1;
    let mut name = String::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        name.insert(0, (b'A' + rem as u8) as char);
        n = (n - 1) / 26;
    }
    name
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn sheet_xml(sheet: &XSheet) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, cells) in &sheet.rows {
        xml.push_str(&format!(r#"<row r="{r}">"#));
        for (i, cell) in cells.iter().enumerate() {
            let at = format!("{}{r}", column(i));
            match cell {
                XCell::Text(t) => xml.push_str(&format!(
                    r#"<c r="{at}" t="inlineStr"><is><t>{}</t></is></c>"#,
                    escape(t)
                )),
                XCell::Number(n) => xml.push_str(&format!(r#"<c r="{at}" s="2"><v>{n}</v></c>"#)),
                XCell::Date(d) => xml.push_str(&format!(r#"<c r="{at}" s="1"><v>{d}</v></c>"#)),
            }
        }
        xml.push_str("</row>");
    }
    xml.push_str("</sheetData></worksheet>");
    xml
}

/// The bytes of an XLSX workbook holding `sheets`.
pub fn xlsx_bytes(sheets: &[XSheet]) -> Vec<u8> {
    xlsx_bytes_with(sheets, &mut |_| {})
}

/// [`xlsx_bytes`] with `mutate` applied to every XML part before it is zipped (so the
/// zip's checksums are right and the damage reaches the XLSX reader).
pub fn xlsx_bytes_with(sheets: &[XSheet], mutate: &mut dyn FnMut(&mut Vec<u8>)) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buf);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        let mut put = |name: &str, text: &str| {
            let mut bytes = text.as_bytes().to_vec();
            mutate(&mut bytes);
            zip.start_file(name, options).expect("start");
            zip.write_all(&bytes).expect("write");
        };
        let mut overrides = String::new();
        let mut sheet_entries = String::new();
        let mut rels = String::new();
        for (i, _) in sheets.iter().enumerate() {
            let n = i + 1;
            overrides.push_str(&format!(
                r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
            ));
            sheet_entries.push_str(&format!(
                r#"<sheet name="{}" sheetId="{n}" r:id="rId{n}"/>"#,
                escape(&sheets[i].name)
            ));
            rels.push_str(&format!(
                r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#
            ));
        }
        let styles_id = sheets.len() + 1;
        put(
            "[Content_Types].xml",
            &format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>{overrides}</Types>"#
            ),
        );
        put(
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        );
        put(
            "xl/workbook.xml",
            &format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{sheet_entries}</sheets></workbook>"#
            ),
        );
        put(
            "xl/_rels/workbook.xml.rels",
            &format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}<Relationship Id="rId{styles_id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#
            ),
        );
        put(
            "xl/styles.xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd\ hh:mm:ss"/><numFmt numFmtId="165" formatCode="&quot;¥&quot;#,##0.00"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/></cellXfs></styleSheet>"#,
        );
        for (i, sheet) in sheets.iter().enumerate() {
            put(
                &format!("xl/worksheets/sheet{}.xml", i + 1),
                &sheet_xml(sheet),
            );
        }
        zip.finish().expect("finish");
    }
    buf.into_inner()
}

/// The Excel serial (1900 system) of a `YYYY-MM-DD HH:MM:SS` wall clock.
pub fn serial(text: &str) -> f64 {
    let t = chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").expect("time");
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30)
        .expect("epoch")
        .and_hms_opt(0, 0, 0)
        .expect("midnight");
    (t - epoch).num_seconds() as f64 / 86_400.0
}
