//! Little-endian byte reading and writing for the model files. The reader
//! never panics: a short or corrupt file gives [`ModelError`].

use crate::ModelError;

pub struct Writer {
    pub buf: Vec<u8>,
}

impl Writer {
    pub fn new() -> Self {
        Writer { buf: Vec::new() }
    }
    pub fn bytes(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
    }
    pub fn u8(&mut self, x: u8) {
        self.buf.push(x);
    }
    pub fn u16(&mut self, x: u16) {
        self.buf.extend_from_slice(&x.to_le_bytes());
    }
    pub fn i16(&mut self, x: i16) {
        self.buf.extend_from_slice(&x.to_le_bytes());
    }
    pub fn u32(&mut self, x: u32) {
        self.buf.extend_from_slice(&x.to_le_bytes());
    }
    pub fn f32(&mut self, x: f32) {
        self.buf.extend_from_slice(&x.to_le_bytes());
    }
    /// Zero bytes up to the next multiple of `align` from the start.
    pub fn pad_to(&mut self, align: usize) {
        while self.buf.len() % align != 0 {
            self.buf.push(0);
        }
    }
    /// A string as `u16` byte length + UTF-8 bytes.
    pub fn str(&mut self, s: &str) {
        let b = s.as_bytes();
        let n = b.len().min(u16::MAX as usize);
        self.u16(n as u16);
        self.bytes(&b[..n]);
    }
}

impl Default for Writer {
    fn default() -> Self {
        Self::new()
    }
}

pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    what: &'static str,
}

impl<'a> Reader<'a> {
    pub fn new(data: &'a [u8], what: &'static str) -> Self {
        Reader { data, pos: 0, what }
    }
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.data.len());
        match end {
            Some(end) => {
                let s = &self.data[self.pos..end];
                self.pos = end;
                Ok(s)
            }
            None => Err(ModelError::Truncated { what: self.what }),
        }
    }
    fn arr<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        let s = self.take(N)?;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }
    pub fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.arr::<1>()?[0])
    }
    pub fn u16(&mut self) -> Result<u16, ModelError> {
        Ok(u16::from_le_bytes(self.arr()?))
    }
    pub fn i16(&mut self) -> Result<i16, ModelError> {
        Ok(i16::from_le_bytes(self.arr()?))
    }
    pub fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.arr()?))
    }
    pub fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_le_bytes(self.arr()?))
    }
    pub fn str(&mut self) -> Result<String, ModelError> {
        let n = self.u16()? as usize;
        let b = self.take(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| ModelError::Corrupt {
            what: self.what,
            detail: "string is not UTF-8".into(),
        })
    }
    pub fn expect_magic(&mut self, magic: &[u8]) -> Result<(), ModelError> {
        let got = self.take(magic.len())?;
        if got != magic {
            return Err(ModelError::BadMagic { what: self.what });
        }
        Ok(())
    }
    /// Whether the rest of the data starts with `magic` (nothing is read).
    pub fn starts_with(&self, magic: &[u8]) -> bool {
        self.data.get(self.pos..).is_some_and(|d| d.starts_with(magic))
    }
    /// Skips the zero bytes up to the next multiple of `align` from the
    /// start of the data.
    pub fn skip_padding(&mut self, align: usize) -> Result<(), ModelError> {
        let n = (align - self.pos % align) % align;
        if self.take(n)?.iter().any(|&b| b != 0) {
            return Err(ModelError::Corrupt {
                what: self.what,
                detail: "padding bytes are not zero".into(),
            });
        }
        Ok(())
    }
    pub fn is_empty(&self) -> bool {
        self.pos >= self.data.len()
    }
    pub fn what(&self) -> &'static str {
        self.what
    }
}
