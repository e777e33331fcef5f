package pipeline

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// ShardName is the name of shard i of n under prefix: prefix-00001-of-00008.jsonl.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// writeShards writes the strings of lines, one per line, to n files named by ShardName. A
// line's shard is a hash of the line, so a retried bundle writes the same files; every shard
// is written, an empty one as an empty file, so that a reader can tell a finished output.
func writeShards(s beam.Scope, prefix string, n int, lines beam.PCollection) {
	s = s.Scope("WriteShards")
	keyed := beam.ParDo(s, &shardFn{N: n}, lines)
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	shards := beam.ParDo(s, selfKey, beam.CreateList(s, all))
	beam.ParDo0(s, &writeFn{Prefix: prefix, N: n}, beam.CoGroupByKey(s, shards, keyed))
}

// shardFn keys each line by its shard.
type shardFn struct{ N int }

// ProcessElement keys one line.
func (f *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(f.N)), line
}

// selfKey keys a shard number by itself, so that every shard has a group.
func selfKey(i int) (int, int) { return i, i }

// writeFn writes one shard.
type writeFn struct {
	Prefix string
	N      int
}

// ProcessElement writes the lines of shard i to its file, on any filesystem Beam knows.
func (f *writeFn) ProcessElement(ctx context.Context, i int, _ func(*int) bool, lines func(*string) bool) (err error) {
	name := ShardName(f.Prefix, i, f.N)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", name, err)
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", name, err)
	}
	defer func() {
		if cerr := w.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("writing %s: %w", name, cerr)
		}
	}()
	bw := bufio.NewWriterSize(w, 1<<20)
	var line string
	for lines(&line) {
		bw.WriteString(line)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}
