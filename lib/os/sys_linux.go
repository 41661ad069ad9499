// This file declares the system-call hooks that runtime/os_file_linux.cpp
// implements (each leaves the P while it may block) and the Linux
// constants package os passes to them.

package os

// errno results are 0 on success, else a Linux error number.
func raiseFileLimit()
func sys_open(path string, flag, perm int) (fd int, errno int)
func sys_read(fd int, p []byte) (n int, errno int)
func sys_pread(fd int, p []byte, off int64) (n int, errno int)
func sys_write(fd int, p []byte) (n int, errno int)
func sys_pwrite(fd int, p []byte, off int64) (n int, errno int)
func sys_seek(fd int, off int64, whence int) (pos int64, errno int)
func sys_close(fd int) (errno int)
func sys_fstat(fd int, st *statBuf) (errno int)
func sys_stat(path string, follow int, st *statBuf) (errno int)
func sys_fsync(fd int) (errno int)
func sys_ftruncate(fd int, size int64) (errno int)
func sys_truncate(path string, size int64) (errno int)
func sys_fchmod(fd int, mode int) (errno int)
func sys_chmod(path string, mode int) (errno int)
func sys_unlink(path string) (errno int)
func sys_rmdir(path string) (errno int)
func sys_mkdir(path string, perm int) (errno int)
func sys_chdir(path string) (errno int)
func sys_fchdir(fd int) (errno int)
func sys_rename(from, to string) (errno int)
func sys_symlink(target, link string) (errno int)
func sys_link(target, link string) (errno int)
func sys_readlink(path string, buf []byte) (n int, errno int)
func sys_getdents(fd int, buf []byte) (n int, errno int)
func sys_getcwd(buf []byte) (n int, errno int)
func sys_getid(which int) int
func sys_hostname(buf []byte) (n int, errno int)
func sys_envc() int
func sys_envv(i int) string
func sys_sigpipe()

// statBuf is filled by sys_stat and sys_fstat; see fillStat in the
// runtime for the order of the fields.
type statBuf struct {
	mode, size, mtimeSec, mtimeNsec    int64
	dev, ino, nlink, uid, gid, rdev    int64
	blksize, blocks, atimeSec, atimeNs int64
	ctimeSec, ctimeNs                  int64
}

// Linux numbers (the same on amd64 and arm64).
const (
	eINTR     = 4
	eBADF     = 9
	eAGAIN    = 11
	eEXIST    = 17
	eNOTDIR   = 20
	eISDIR    = 21
	eINVAL    = 22
	ePIPE     = 32
	eRANGE    = 34
	eNOTEMPTY = 39

	sIFMT   = 0170000
	sIFSOCK = 0140000
	sIFLNK  = 0120000
	sIFREG  = 0100000
	sIFBLK  = 0060000
	sIFDIR  = 0040000
	sIFCHR  = 0020000
	sIFIFO  = 0010000
	sISUID  = 0004000
	sISGID  = 0002000
	sISVTX  = 0001000

	oDIRECTORY = 0x10000
)

// As in Go 1.19, a program that imports os runs with its soft limit on
// open files raised to the hard limit.
func init() {
	raiseFileLimit()
}
