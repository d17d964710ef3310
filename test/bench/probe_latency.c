/*
 * probe_latency.c: what one read of the filter's cache line costs when it
 * comes between the work of a bulk insert (test/bench/probe_latency.sh).
 *
 * Dependent random reads (each address depends on the previous read, as
 * the trigger's probe depends on the row) from a table of the filter's size
 * at 1,000,000 suppressions, alone and between the two things a bulk insert
 * does around each row: system calls (an 8 KiB pwrite every N reads, as
 * relation extension and WAL writes do) and streaming writes (a memcpy of
 * 1 KiB per read, as heap pages and WAL fill).  Each case is also run with
 * a 4 KiB table, which stays in L1: the difference is the read's cost.
 * HUGE=1 puts the table in huge pages (MAP_HUGETLB; needs vm.nr_hugepages).
 *
 * Not a test: it measures the machine, and prints what it measured.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "mix64.h"		/* the filter's hash */

#define READS 2000000L
#define STREAM_BYTES ((size_t) 256 << 20)

static double
now_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e9 + t.tv_nsec;
}

/* ns per read: a table of table_bytes, a pwrite every syscall_every reads
 * (0: none), stream_bytes copied per read */
static double
run(size_t table_bytes, int syscall_every, size_t stream_bytes, int fd,
	char *stream, const char *page)
{
	int			flags = MAP_SHARED | MAP_ANONYMOUS;
	uint64_t   *table;
	size_t		lines = table_bytes / 64;
	size_t		pos = 0;
	uint64_t	acc = 0;
	double		t0,
				t;

#ifdef MAP_HUGETLB
	if (getenv("HUGE") != NULL)
		flags |= MAP_HUGETLB;
#endif
	table = mmap(NULL, table_bytes, PROT_READ | PROT_WRITE, flags, -1, 0);
	if (table == MAP_FAILED)
	{
		perror("mmap");
		exit(1);
	}
	memset(table, 0x11, table_bytes);
	t0 = now_ns();
	for (long i = 0; i < READS; i++)
	{
		uint64_t	h = Mix64((uint64_t) i * 7919 + (acc & 1));

		acc += table[(h % lines) * 8 + (h & 7)];
		if (stream_bytes > 0)
		{
			memcpy(stream + pos, page, stream_bytes);
			pos = (pos + stream_bytes) % (STREAM_BYTES - stream_bytes);
		}
		if (syscall_every > 0 && i % syscall_every == 0 &&
			pwrite(fd, page, 8192, (off_t) ((i / syscall_every) % 1024) * 8192) != 8192)
		{
			perror("pwrite");
			exit(1);
		}
	}
	t = (now_ns() - t0) / READS;
	munmap(table, table_bytes);
	/* (acc keeps the reads from being optimized away) */
	if (acc == 42)
		printf("#");
	return t;
}

int
main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "probe_latency.tmp";
	size_t		filter = (size_t) (1.81 * 1048576);	/* figure 8, 1M keys */
	struct
	{
		const char *what;
		int			syscall_every;
		size_t		stream;
	}			cases[] = {
		{"alone", 0, 0},
		{"an 8 KiB pwrite every 50 reads", 50, 0},
		{"1 KiB copied per read", 0, 1024},
		{"both", 50, 1024},
	};
	char	   *stream = malloc(STREAM_BYTES);
	char		page[8192];
	int			fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);

	if (stream == NULL || fd < 0)
	{
		perror("probe_latency");
		return 1;
	}
	memset(stream, 2, STREAM_BYTES);
	memset(page, 1, sizeof(page));
	printf("dependent random reads, %ld per case, ns per read (%s pages)\n", READS,
		   getenv("HUGE") ? "huge" : "normal");
	printf("%-34s %12s %12s %12s\n", "between the reads", "1.81 MiB", "4 KiB", "difference");
	for (int i = 0; i < (int) (sizeof(cases) / sizeof(cases[0])); i++)
	{
		double		big = run(filter, cases[i].syscall_every, cases[i].stream, fd, stream, page);
		double		small = run(4096, cases[i].syscall_every, cases[i].stream, fd, stream, page);

		printf("%-34s %12.1f %12.1f %12.1f\n", cases[i].what, big, small, big - small);
	}
	close(fd);
	unlink(path);
	free(stream);
	return 0;
}
